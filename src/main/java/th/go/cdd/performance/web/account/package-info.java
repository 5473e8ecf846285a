/** Signing in and choosing one's own password. */
package th.go.cdd.performance.web.account;
