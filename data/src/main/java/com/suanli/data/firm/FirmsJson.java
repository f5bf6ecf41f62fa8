package com.suanli.data.firm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.suanli.data.json.JsonInput;
import com.suanli.data.json.JsonText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The firms-and-accounts file (format {@value #FORMAT}, docs/IMPORT-EXPORT.md): each firm with its
 * accounts. Users are not in it: a password is never written to a file.
 */
public final class FirmsJson {

    public static final String FORMAT = "suanli-firms/1";

    private static final Set<String> TOP_FIELDS = Set.of("format", "firms");
    private static final Set<String> FIRM_FIELDS = Set.of("code", "name", "role", "accounts");
    private static final Set<String> ACCOUNT_FIELDS = Set.of("id", "name", "kind", "currency", "open");

    private FirmsJson() {
    }

    /** What a firms file holds: the firms, then every account of each, in file order. */
    public record Firms(List<Firm> firms, List<Account> accounts) {

        public Firms {
            firms = List.copyOf(firms);
            accounts = List.copyOf(accounts);
        }
    }

    /** Reads the file; a bad one is refused at its first problem, naming the JSON path. */
    public static Firms read(Path file) {
        JsonInput root = JsonInput.parse(file, JsonInput.Refusal.AT_FIRST_PROBLEM).allowOnly(TOP_FIELDS);
        JsonInput format = root.get("format");
        if (!FORMAT.equals(format.text())) {
            throw format.fail("must be '" + FORMAT + "', was '" + format.text() + "'");
        }
        List<Firm> firms = new ArrayList<>();
        List<Account> accounts = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        for (JsonInput entry : root.get("firms").elements()) {
            JsonInput fields = entry.allowOnly(FIRM_FIELDS);
            String code = fields.get("code").text();
            String name = fields.get("name").text();
            FirmRole role = fields.get("role").constantNamed(FirmRole.class);
            Firm firm = fields.build(() -> new Firm(code, name, role));
            if (!codes.add(firm.code())) {
                throw fields.get("code").fail("firm " + firm.code() + " is listed twice");
            }
            firms.add(firm);
            JsonInput accountList = fields.has("accounts") ? fields.get("accounts") : null;
            for (JsonInput account : accountList == null ? List.<JsonInput>of() : accountList.elements()) {
                Account read = readAccount(account, firm.code());
                if (!ids.add(read.id())) {
                    throw account.get("id").fail("account " + read.id() + " is listed twice");
                }
                accounts.add(read);
            }
        }
        return new Firms(firms, accounts);
    }

    private static Account readAccount(JsonInput entry, String firmCode) {
        JsonInput fields = entry.allowOnly(ACCOUNT_FIELDS);
        Long id = fields.get("id").longValue();
        String name = fields.get("name").text();
        AccountKind kind = fields.get("kind").constantNamed(AccountKind.class);
        String currency = fields.get("currency").text();
        boolean open = !fields.has("open") || fields.get("open").bool();
        return fields.build(() -> new Account(id, firmCode, name, kind, currency, open));
    }

    public static String write(Firms firms) {
        ObjectNode root = JsonText.object();
        root.put("format", FORMAT);
        ArrayNode list = root.putArray("firms");
        for (Firm firm : firms.firms()) {
            ObjectNode node = list.addObject();
            node.put("code", firm.code());
            node.put("name", firm.name());
            node.put("role", firm.role().name());
            ArrayNode accounts = node.putArray("accounts");
            for (Account account : firms.accounts()) {
                if (account.firmCode().equals(firm.code())) {
                    ObjectNode a = accounts.addObject();
                    a.put("id", account.id());
                    a.put("name", account.name());
                    a.put("kind", account.kind().name());
                    a.put("currency", account.currency());
                    a.put("open", account.open());
                }
            }
        }
        return JsonText.print(root);
    }
}
