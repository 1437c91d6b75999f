DROP TABLE children;
DROP TABLE guardians;
DROP TABLE households;
