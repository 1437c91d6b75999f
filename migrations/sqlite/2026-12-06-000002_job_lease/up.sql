-- A running job's lease: renewed while it makes progress; a job whose lease ran out was
-- left by a stopped instance and is queued again (a running one of another instance is not).
ALTER TABLE jobs ADD COLUMN lease_until TIMESTAMP;
