package com.suanli.desk.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A text option that must hold something: {@code --db=} is a mistake, not the default. */
final class NonBlank implements ITypeConverter<String> {

    @Override
    public String convert(String value) {
        if (value.isBlank()) {
            throw new TypeConversionException("the path is empty");
        }
        return value;
    }
}
