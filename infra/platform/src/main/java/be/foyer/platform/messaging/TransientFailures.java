package be.foyer.platform.messaging;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.web.client.ResourceAccessException;

import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * Which failures pass by themselves: the store or the broker unreachable, a timeout. A consumer that meets one waits
 * it out (retries with back-off until it passes) instead of giving the record up: the record itself is fine.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    /** Whether {@code failure}, or any of its causes, is an outage rather than something wrong with the record. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isTransientItself(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientItself(Throwable failure) {
        return failure instanceof MongoSocketException
                || failure instanceof MongoTimeoutException
                || failure instanceof MongoExecutionTimeoutException
                || failure instanceof MongoNotPrimaryException
                || failure instanceof MongoNodeIsRecoveringException
                || failure instanceof MongoException mongo && (mongo.hasErrorLabel("RetryableWriteError")
                        || mongo.hasErrorLabel("TransientTransactionError"))
                || failure instanceof DataAccessResourceFailureException
                || failure instanceof TransientDataAccessException
                || failure instanceof RetriableException
                || failure instanceof TimeoutException
                || failure instanceof ResourceAccessException
                || failure instanceof IOException;
    }
}
