package org.ptce.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import org.ptce.platform.security.AccessProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error answer of every service is an RFC 9457 problem ({@code application/problem+json}); a bad request names
 * each offending field in an {@code errors} list of {@code {field, message}}. Nothing internal (stack trace, SQL,
 * class names) reaches the body.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([^']*)'");
    /** Connection exceptions, insufficient resources, and a server shutting down or starting up (57P01–57P03). */
    private static final Set<String> OUT_OF_REACH_STATES = Set.of("08", "53", "57P");
    /** PostgreSQL's crash recovery on this machine takes a few seconds. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(fieldErrors(ex.getBindingResult()), headers, request, ex);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = new ArrayList<FieldError>();
        ex.getParameterValidationResults().forEach(result -> {
            String parameter = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(new FieldError(
                    error instanceof org.springframework.validation.FieldError field ? field.getField() : parameter,
                    message(error))));
        });
        return invalid(errors, headers, request, ex);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(ex, PayloadTooLargeException.class) != null) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    causedBy(ex, PayloadTooLargeException.class).getMessage());
            problem.setTitle("Request too large");
            return handleExceptionInternal(ex, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return invalid(List.of(new FieldError(path(mapping), unreadable(mapping))), headers, request, ex);
        }
        if (ex.getCause() instanceof JsonParseException parse && parse.getOriginalMessage() != null) {
            var duplicate = DUPLICATE_FIELD.matcher(parse.getOriginalMessage());
            if (duplicate.lookingAt()) {
                return invalid(List.of(new FieldError(duplicate.group(1), "is given more than once")), headers,
                        request, ex);
            }
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getCause() instanceof
                JsonProcessingException json && json.getLocation() != null
                ? "The request body is not valid JSON (line " + json.getLocation().getLineNr() + ", column "
                        + json.getLocation().getColumnNr() + ")"
                : "The request body is missing or unreadable");
        problem.setTitle("Unreadable request");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new FieldError(ex.getRequestPartName(), "is required")), headers, request, ex);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, ex.getMaxUploadSize() > 0
                ? "The uploaded file is larger than " + DataSize.ofBytes(ex.getMaxUploadSize()).toMegabytes() + " MB"
                : "The uploaded file is too large");
        problem.setTitle("Request too large");
        problem.setProperty("errors", List.of(new FieldError("file", "is larger than the limit")));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
    }

    /** A multipart body cut short or badly delimited: the client's fault, not the server's. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> handleMalformedMultipart(MultipartException ex, WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The multipart body is incomplete or malformed");
        problem.setTitle("Unreadable request");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
        String expected = ex.getRequiredType() == null ? "value" : typeName(ex.getRequiredType());
        return invalid(List.of(new FieldError(ex.getName(), "must be a " + expected)), new HttpHeaders(), request,
                ex);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        var errors = ex.getConstraintViolations().stream()
                .map(violation -> new FieldError(lastNode(violation.getPropertyPath().toString()),
                        violation.getMessage()))
                .toList();
        return invalid(errors, new HttpHeaders(), request, ex);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, WebRequest request) {
        return handleExceptionInternal(ex, AccessProblems.forbidden(), new HttpHeaders(), HttpStatus.FORBIDDEN,
                request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> handleConcurrentChange(OptimisticLockingFailureException ex, WebRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone changed this at the same moment; read it again and retry");
        problem.setTitle("Concurrent change");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        String incident = UUID.randomUUID().toString();
        if (databaseOutOfReach(ex)) {
            // A transaction is atomic: nothing is half-written. Whether a commit whose answer was lost took effect,
            // a read tells.
            log.warn("The database is out of reach, incident {}: {}", incident, ex.getMessage());
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The service cannot reach its database for a moment. Retry in a few seconds.");
            problem.setTitle("Temporarily unavailable");
            problem.setProperty("incident", incident);
            var headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
            return handleExceptionInternal(ex, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
        }
        log.error("Unexpected error, incident {}", incident, ex);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed. Incident " + incident + " has been logged.");
        problem.setTitle("Unexpected error");
        problem.setProperty("incident", incident);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /**
     * A connection refused, lost or not given in time, whether Spring translated it (JDBC, JPA) or not (the engine's
     * MyBatis): SQL states of class 08 (connection), 53 (insufficient resources) and 57P (a server shutting down or
     * starting up; not 57014, a statement cancelled).
     */
    static boolean databaseOutOfReach(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && OUT_OF_REACH_STATES.stream()
                    .anyMatch(sql.getSQLState()::startsWith)) {
                return true;
            }
        }
        return false;
    }

    private ResponseEntity<Object> invalid(List<FieldError> errors, HttpHeaders headers, WebRequest request,
            Exception ex) {
        return handleExceptionInternal(ex, ProblemResponses.invalid(errors), headers, HttpStatus.BAD_REQUEST,
                request);
    }

    private static List<FieldError> fieldErrors(BindingResult result) {
        var errors = new ArrayList<FieldError>();
        result.getFieldErrors().forEach(error -> errors.add(new FieldError(error.getField(), message(error))));
        result.getGlobalErrors().forEach(error -> errors.add(new FieldError(error.getObjectName(), message(error))));
        return errors;
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() != null ? error.getDefaultMessage() : "is invalid";
    }

    private static String path(JsonMappingException mapping) {
        var path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String unreadable(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (mapping instanceof UnstorableValueException unstorable) {
            return unstorable.reason();
        }
        if (mapping instanceof InvalidNullException) {
            return "must not be null";
        }
        if (mapping instanceof InvalidFormatException format) {
            return "must be a " + typeName(format.getTargetType());
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be a " + typeName(mismatch.getTargetType());
        }
        return "has an unreadable value";
    }

    private static String typeName(Class<?> type) {
        if (type.isEnum()) {
            var values = new ArrayList<String>();
            for (Object constant : type.getEnumConstants()) {
                values.add(constant.toString());
            }
            return "one of " + values;
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "UUID";
            case "Instant", "OffsetDateTime", "ZonedDateTime" -> "date-time (ISO 8601, e.g. 2026-03-31T12:00:00+02:00)";
            case "LocalDate" -> "date (ISO 8601, e.g. 2026-03-31)";
            case "Integer", "int", "Long", "long", "Short", "short" -> "whole number";
            case "BigDecimal", "Double", "double", "Float", "float" -> "number";
            case "Boolean", "boolean" -> "boolean";
            case "String" -> "string";
            default -> type.isArray() || Collection.class.isAssignableFrom(type) ? "list" : "object";
        };
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static <T extends Throwable> T causedBy(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
