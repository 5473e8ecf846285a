/**
 * Who is signed in and what they may see or do: form login over the person table with PBKDF2
 * password hashes, and the one access policy every page, download and service calls.
 */
package th.go.cdd.performance.security;
