package org.prefcenter.it;

import java.util.Random;
import java.util.function.Predicate;

/**
 * One kind of change to a valid request: its input class (the name the summary counts it under), the
 * requests it applies to, and the change, which also narrows what the contract allows in answer.
 */
record FuzzMutation(String inputClass, Predicate<FuzzCase> appliesTo, Change change) {

    @FunctionalInterface
    interface Change {
        FuzzCase apply(Random random, FuzzWorld world, FuzzCase valid);
    }

    FuzzCase applyTo(Random random, FuzzWorld world, FuzzCase valid) {
        return change.apply(random, world, valid).withClass(inputClass);
    }

    static <T> T pick(Random random, T[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
