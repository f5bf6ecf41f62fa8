-- What a later desk might add: only the tests use this, to make a database newer than the desk.
ALTER TABLE firms ADD COLUMN country CHAR(2);
