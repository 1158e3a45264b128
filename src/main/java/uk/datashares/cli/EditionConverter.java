package uk.datashares.cli;

import picocli.CommandLine;

import uk.datashares.edition.Edition;

/** Reads --edition YYYY-MM; anything else is a usage error. */
final class EditionConverter implements CommandLine.ITypeConverter<Edition> {

    @Override
    public Edition convert(String value) {
        try {
            return Edition.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
