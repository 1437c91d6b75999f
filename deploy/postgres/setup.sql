-- Creates the PostgreSQL role and database for kitaplatz.
--
-- Run as the PostgreSQL superuser on the database server, in a terminal:
--   sudo -u postgres psql < setup.sql
-- psql asks for the new password of the role "kitaplatz" (\password below). Generate one,
-- e.g. with: openssl rand -base64 24 | tr -d '/+='
-- Use it in DATABASE_URL in /etc/kitaplatz/kitaplatz.env.
-- The script can run again safely: existing objects are left alone.

\set ON_ERROR_STOP on

-- Store passwords as SCRAM-SHA-256 (the default since PostgreSQL 14; this makes it explicit).
SET password_encryption = 'scram-sha-256';

-- Login role without special privileges.
SELECT 'CREATE ROLE kitaplatz LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION CONNECTION LIMIT 50'
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kitaplatz')
\gexec

\echo 'Enter the password for the role kitaplatz:'
\password kitaplatz

-- Database in UTF8. The locale "C" sorts by byte value and works on every server.
-- For German sort order of names (umlauts), use instead, if the locale is installed
-- (check with: locale -a | grep de_DE):
--   LC_COLLATE 'de_DE.UTF-8' LC_CTYPE 'de_DE.UTF-8'
SELECT 'CREATE DATABASE kitaplatz OWNER kitaplatz ENCODING ''UTF8'' LC_COLLATE ''C'' LC_CTYPE ''C'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'kitaplatz')
\gexec

-- Only kitaplatz (and superusers) may connect.
REVOKE ALL ON DATABASE kitaplatz FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE kitaplatz TO kitaplatz;

-- The app owns the schema "public": migrations create tables there, and restore.sh can
-- drop and recreate it. Other roles may not create objects in it (the default before
-- PostgreSQL 15 allowed that).
\connect kitaplatz
ALTER SCHEMA public OWNER TO kitaplatz;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;


\echo 'Done. Role and database "kitaplatz" are ready.'
