/**
 * The one access policy: who may see or act on which report, province, program, substitution and
 * administrative act. Pure rules over people and the program; the services look the user up and
 * ask here, so every page, download and endpoint is decided the same way.
 */
package th.go.cdd.performance.access;
