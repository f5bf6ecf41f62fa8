package com.suanli.gateway.market;

import com.suanli.exchange.listing.Catalogue;
import com.suanli.exchange.listing.ContractKind;
import com.suanli.exchange.listing.ContractSpec;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.field.ContractMultiplier;
import quickfix.field.Currency;
import quickfix.field.MaturityMonthYear;
import quickfix.field.MinTradeVol;
import quickfix.field.RoundLot;
import quickfix.field.SecurityID;
import quickfix.field.SecurityIDSource;
import quickfix.field.SecurityListRequestType;
import quickfix.field.SecurityReqID;
import quickfix.field.SecurityRequestResult;
import quickfix.field.SecurityResponseID;
import quickfix.field.SecurityType;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.fix44.SecurityList;

/**
 * The catalogue as a SecurityList (35=y), for a SecurityListRequest (35=x) of one symbol (559=0) or of all
 * (559=4): each contract's symbol, the engine's instrument id as SecurityID (48, source 8: exchange symbol),
 * futures as FUT with their delivery month, lot size, contract size, and the tick in Text (58), FIX 4.4 having
 * no field for it in the list.
 */
public final class SecurityLists {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private final Catalogue catalogue;
    private final AtomicLong responses = new AtomicLong();

    public SecurityLists(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Message answer(Message request) throws FieldNotFound {
        SecurityList list = new SecurityList();
        list.setString(SecurityReqID.FIELD, request.getString(SecurityReqID.FIELD));
        list.setString(SecurityResponseID.FIELD, "L" + responses.incrementAndGet());
        int type = request.getInt(SecurityListRequestType.FIELD);
        List<ContractSpec> contracts;
        if (type == 4) {
            contracts = catalogue.contracts();
        } else if (type == 0) {
            contracts = catalogue.find(request.getString(Symbol.FIELD)).stream().toList();
        } else {
            list.setInt(SecurityRequestResult.FIELD, 1);
            list.setString(Text.FIELD, "SecurityListRequestType(559): " + type + " is not 0 (one symbol) or 4 (all)");
            return list;
        }
        list.setInt(SecurityRequestResult.FIELD, contracts.isEmpty() ? 2 : 0);
        for (ContractSpec contract : contracts) {
            SecurityList.NoRelatedSym security = new SecurityList.NoRelatedSym();
            security.setString(Symbol.FIELD, contract.symbol());
            security.setString(SecurityID.FIELD, Integer.toString(contract.instrumentId()));
            security.setString(SecurityIDSource.FIELD, "8");
            if (contract.kind() == ContractKind.FUTURE) {
                security.setString(SecurityType.FIELD, "FUT");
                security.setString(MaturityMonthYear.FIELD, contract.deliveryMonth().format(MONTH));
            }
            security.setDecimal(ContractMultiplier.FIELD, BigDecimal.valueOf(contract.contractSize()));
            security.setString(Currency.FIELD, "CNY");
            security.setDecimal(RoundLot.FIELD, BigDecimal.valueOf(contract.lotSize()));
            security.setDecimal(MinTradeVol.FIELD, BigDecimal.valueOf(contract.lotSize()));
            security.setString(Text.FIELD, "tick " + contract.tickSize().toPlainString() + " CNY per "
                    + contract.unit().label() + "; lots of " + contract.contractSize() + "; at most " + contract.maxOrderLots()
                    + " lots an order");
            list.addGroup(security);
        }
        return list;
    }
}
