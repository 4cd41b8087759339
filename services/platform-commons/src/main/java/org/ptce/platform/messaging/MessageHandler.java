package org.ptce.platform.messaging;

import org.ptce.messaging.PlatformMessage;

/**
 * Handles one message type on the consuming side. A bean implementing it subscribes its service to the type's topic.
 * <p>
 * {@link #handle} runs inside the database transaction that also records the message as processed: its effects and
 * that record commit together, so a message delivered twice has one effect. Throw {@link PoisonMessageException}
 * for a message that can never be handled (it goes to the dead-letter topic at once); any other exception is retried
 * with backoff, then dead-lettered.
 */
public interface MessageHandler<T extends PlatformMessage> {

    void handle(IncomingMessage<T> message);
}
