/**
 * The circular letter that announces a program year (its number, date, subject, issuer, the letter
 * it refers to and its attached files), the orientation meeting (agenda, Zoom link, check-in) and
 * the staff's program tasks: acknowledging the circular and checking in. The circular's fields live
 * on {@link th.go.cdd.performance.program.Program} (one source of truth); its files and the agenda
 * are entities here.
 */
package th.go.cdd.performance.circular;
