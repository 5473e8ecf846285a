/**
 * Who is signed in and what they may see or do: form login over the person table with PBKDF2
 * password hashes, one-time passwords that must be changed at the first login, a lockout after
 * repeated failed logins, and the one access policy every page, download and service calls.
 */
package th.go.cdd.performance.security;
