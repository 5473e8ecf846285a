/**
 * Who is signed in: form login over the person table with PBKDF2
 * password hashes, one-time passwords that must be changed at the first login, a lockout after
 * repeated failed logins, and the administrators' account management. What a signed-in person may
 * see or do is decided in {@code access}.
 */
package th.go.cdd.performance.security;
