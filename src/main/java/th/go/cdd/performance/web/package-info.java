/**
 * The pages' shared parts: the signed-in user's session, the bundles' texts and field messages,
 * Buddhist Era dates and converters, the checked file upload, downloads. Each capability's pages are
 * in a package of their own (account, report, inbox, monitoring, program, administration) and the
 * servlets and filters in {@code http}; backing beans are thin (view state and one service call per
 * action).
 */
package th.go.cdd.performance.web;
