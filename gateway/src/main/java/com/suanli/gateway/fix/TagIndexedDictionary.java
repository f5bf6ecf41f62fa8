package com.suanli.gateway.fix;

import java.util.Arrays;
import quickfix.DataDictionary;
import quickfix.DataDictionaryProvider;
import quickfix.DefaultDataDictionaryProvider;
import quickfix.FieldType;
import quickfix.MessageUtils;

/**
 * QuickFIX/J's FIX dictionary whose answers per tag (the field's type, whether it is a data field, whether it has
 * enumerated values) are read from arrays indexed by the tag instead of QuickFIX/J's maps keyed by a boxed tag:
 * the same answers, the dictionary's. Parsing and validating a received NewOrderSingle asks them for every field,
 * and in the gateway's steady state those map lookups, cold in the cache beside four JVMs on two cores, were a
 * quarter of MINA's parsing threads' samples ({@code isDataField}) and a fifth of the sessions' threads'
 * ({@code hasFieldValue}) (docs/BENCHMARKS.md, "FIX gateway", fix16l).
 */
public final class TagIndexedDictionary extends DataDictionary {

    private final FieldType[] types;
    private final boolean[] enumerated;

    /** A copy of {@code source}, its validation settings included (QuickFIX/J's copy leaves them at defaults). */
    public TagIndexedDictionary(DataDictionary source) {
        super(source);
        setCheckFieldsOutOfOrder(source.isCheckFieldsOutOfOrder());
        setCheckUnorderedGroupFields(source.isCheckUnorderedGroupFields());
        setCheckFieldsHaveValues(source.isCheckFieldsHaveValues());
        setCheckUserDefinedFields(source.isCheckUserDefinedFields());
        setAllowUnknownMessageFields(source.isAllowUnknownMessageFields());
        int tags = Arrays.stream(source.getOrderedFields()).max().orElse(0) + 1;
        types = new FieldType[tags];
        enumerated = new boolean[tags];
        for (int tag = 0; tag < tags; tag++) {
            types[tag] = source.getFieldType(tag);
            enumerated[tag] = source.hasFieldValue(tag);
        }
    }

    /**
     * Puts the tag-indexed copy in place of the dictionaries {@code provider} gives a session of
     * {@code beginString} (FIX 4.4: one dictionary, the session's and the application's), when it is QuickFIX/J's
     * own provider; another is left as it is.
     */
    public static void install(DataDictionaryProvider provider, String beginString) {
        if (!(provider instanceof DefaultDataDictionaryProvider dictionaries)) {
            return;
        }
        DataDictionary session = dictionaries.getSessionDataDictionary(beginString);
        if (session != null && !(session instanceof TagIndexedDictionary)) {
            TagIndexedDictionary indexed = new TagIndexedDictionary(session);
            dictionaries.addTransportDictionary(beginString, indexed);
            var version = MessageUtils.toApplVerID(beginString);
            if (dictionaries.getApplicationDataDictionary(version) == session) {
                dictionaries.addApplicationDictionary(version, indexed);
            }
        }
    }

    @Override
    public FieldType getFieldType(int tag) {
        return tag >= 0 && tag < types.length ? types[tag] : super.getFieldType(tag);
    }

    @Override
    public boolean isDataField(int tag) {
        return tag >= 0 && tag < types.length ? types[tag] == FieldType.DATA : super.isDataField(tag);
    }

    @Override
    public boolean hasFieldValue(int tag) {
        return tag >= 0 && tag < enumerated.length ? enumerated[tag] : super.hasFieldValue(tag);
    }
}
