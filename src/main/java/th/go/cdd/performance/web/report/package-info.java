/** The report page (edit, certify, submit, recall, approve, sign), the QR code's landing page and the public verification page. */
package th.go.cdd.performance.web.report;
