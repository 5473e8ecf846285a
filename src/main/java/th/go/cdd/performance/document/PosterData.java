package th.go.cdd.performance.document;

import java.time.LocalDate;

/** What the QR submission poster of a province prints: the program, the round and its dates, the link. */
public record PosterData(String programName, int round, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate,
    String provinceName, String url) {}
