-- Only the tests use this: a schema script that fails after its first statement took effect.
CREATE TABLE made_before_the_failure (id INTEGER PRIMARY KEY);
CREATE TABLE never_made (id INTEGER PRIMARY KEY, broken NOT A TYPE);
