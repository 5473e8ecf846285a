/**
 * The official documents: the individual performance summary of a round as the department's
 * printed form (A4 PDF, Thai font embedded, shaped by the JDK's text layout), with the electronic
 * signatures and a verification code and QR code that lead to the verification page; and the
 * report as its page shows it, read once per request after one access check ({@code ReportReading}).
 */
package th.go.cdd.performance.document;
