-- The recorder books the clearing house's cash movements (docs/DATABASE.md, "How the engine's event stream
-- lands"). The engine's accounts need not be rows of `accounts` (the exchange opens them by command), and a
-- recorder must never refuse what the exchange acknowledged: the ledger loses its foreign key to `accounts`,
-- as the other tables that receive engine events have none. CONSTRAINT_6F1 is the name H2 gave V1's
-- unnamed foreign key on cash_ledger(account_id); every desk database was made by the same V1 script.
ALTER TABLE cash_ledger DROP CONSTRAINT CONSTRAINT_6F1;

-- The engine's reasons are longer than V1's kinds (DEFAULT_FUND_CONTRIBUTION).
ALTER TABLE cash_ledger ALTER COLUMN kind SET DATA TYPE VARCHAR(32);

-- Cash of accounts the firm tables do not list shows too (firm_code null), the outside world (account 0) included.
CREATE OR REPLACE VIEW cash_balances AS
SELECT l.account_id, a.firm_code, l.currency, SUM(l.amount) AS balance, MAX(l.business_date) AS last_booked
FROM cash_ledger l
LEFT JOIN accounts a ON a.account_id = l.account_id
GROUP BY l.account_id, a.firm_code, l.currency;

-- The last engine event each recorder committed, in the same transaction as the rows it wrote: where the
-- recorder catches up from the journal at the next start.
CREATE TABLE recorder_progress (
    recorder      VARCHAR(32) PRIMARY KEY,
    last_sequence BIGINT NOT NULL
);
