package org.ptce.platform.messaging;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.platform.logging.BusinessKeys;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Puts the id a record is about in the logging context before the listener sees it, so that the lines logged by its
 * handling, its retries and its dead-lettering all carry it.
 */
class BusinessKeyRecordInterceptor implements RecordInterceptor<Object, Object> {

    private final MessageCatalog catalog;

    BusinessKeyRecordInterceptor(MessageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
            Consumer<Object, Object> consumer) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        String typeName = type == null ? null : new String(type.value(), StandardCharsets.UTF_8);
        Class<?> messageType = typeName != null && catalog.knows(typeName) ? catalog.forType(typeName).javaType() : null;
        BusinessKeys.putForRecord(messageType, record.key() == null ? null : record.key().toString());
        return record;
    }
}
