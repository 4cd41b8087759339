package org.ptce.web.support;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * The templates' helpers as expression objects, {@code #fr} (French dates and sizes) and {@code #ids} (field ids):
 * unlike bean references, Thymeleaf allows them in every attribute.
 */
@Component
class TemplateHelpers extends AbstractDialect implements IExpressionObjectDialect {

    private final FrenchDates dates;
    private final FormIds ids;

    TemplateHelpers(FrenchDates dates, FormIds ids) {
        super("ptce");
        this.dates = dates;
        this.ids = ids;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("fr", "ids");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return "fr".equals(name) ? dates : ids;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
