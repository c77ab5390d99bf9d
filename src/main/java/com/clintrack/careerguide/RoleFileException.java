package com.clintrack.careerguide;

import java.util.List;
import java.util.stream.Collectors;

/** A role file that cannot be used, with every problem found in it. */
public class RoleFileException extends RuntimeException {

    private final List<RoleFileProblem> problems;

    public RoleFileException(String what, List<RoleFileProblem> problems) {
        super(what + problems.stream().map(problem -> "\n  - " + problem).collect(Collectors.joining()));
        this.problems = List.copyOf(problems);
    }

    public List<RoleFileProblem> problems() {
        return problems;
    }
}
