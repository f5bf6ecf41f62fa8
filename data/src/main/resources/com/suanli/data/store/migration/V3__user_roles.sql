-- The desk's three roles (docs/DATABASE.md, "Users and roles"): a trader trades the accounts granted to it,
-- a risk officer sees the whole desk and sends no order, an administrator manages users, accounts and the
-- catalogue. Users of the first schema's four roles keep what they could do: RISK and VIEWER, who sent no
-- orders, become risk officers; OPERATOR, who ran the desk, becomes an administrator.

UPDATE users SET role = 'RISK_OFFICER' WHERE role IN ('RISK', 'VIEWER');
UPDATE users SET role = 'ADMINISTRATOR' WHERE role = 'OPERATOR';

ALTER TABLE users ADD CONSTRAINT users_role CHECK (role IN ('TRADER', 'RISK_OFFICER', 'ADMINISTRATOR'));
