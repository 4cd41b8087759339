package org.ptce.workflow.engine;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;

/** Starts the engine after Flyway: the engine's tables are made by the migrations. */
class EngineAfterDatabaseMigrations implements DependsOnDatabaseInitializationDetector {

    @Override
    public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
        var engines = new HashSet<String>();
        Stream.of(beanFactory.getBeanNamesForType(ProcessEngineFactoryBean.class, false, false),
                        beanFactory.getBeanNamesForType(ProcessEngine.class, false, false))
                .flatMap(Arrays::stream)
                .map(BeanFactoryUtils::transformedBeanName)
                .forEach(engines::add);
        return engines;
    }
}
