/** The inbox (every user's start page), bulk signing and the user's reminders. */
package th.go.cdd.performance.web.inbox;
