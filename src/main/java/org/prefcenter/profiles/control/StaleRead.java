package org.prefcenter.profiles.control;

import jakarta.ejb.ApplicationException;
import org.prefcenter.platform.rules.Refusal;

/**
 * The profile's version moved although this transaction held the profile's row lock: the database
 * served a row older than the last commit. PostgreSQL never does (a locked row is always the latest
 * committed one); H2's file database was seen to, under load, after a lock wait. The transaction is
 * rolled back and {@code Profiles} runs the patch again in a new one, a few times at most, before
 * it answers with {@link #answer()}: a blind patch must not fail because another one ran.
 */
@ApplicationException(rollback = true)
public class StaleRead extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * How many times a request is run in all before its last answer stands. Three were seen to run
     * out on the H2 file under the H2-file race (a 409 in 2 of 4 runs); PostgreSQL never needs one.
     */
    public static final int MAX_ATTEMPTS = 10;

    private final transient Refusal answer;

    public StaleRead(Refusal answer) {
        super(answer.getMessage(), null, false, false);
        this.answer = answer;
    }

    /** What the request is answered when every attempt read a stale row. */
    public Refusal answer() {
        return answer;
    }
}
