/**
 * Tables as files: Excel (Apache POI) and CSV (UTF-8 with a byte-order mark so that Excel opens
 * Thai text), dates in the Buddhist Era. One way for every export in the application.
 */
package th.go.cdd.performance.export;
