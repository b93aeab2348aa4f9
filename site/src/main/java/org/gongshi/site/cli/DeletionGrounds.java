package org.gongshi.site.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gongshi.content.listings.DeletionGround;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a deletion ground as its number 1–7 in Art. 10, its name in any case, or its Chinese name, short (履行完毕) or
 * in full; a bad one lists the choices.
 */
final class DeletionGrounds implements ITypeConverter<DeletionGround>, Iterable<String> {
    @Override
    public DeletionGround convert(String raw) {
        String value = raw.strip();
        DeletionGround[] grounds = DeletionGround.values();
        if (value.matches("[0-9]{1,2}")) {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= grounds.length) {
                return grounds[number - 1];
            }
        }
        for (DeletionGround ground : grounds) {
            if (ground.name().equalsIgnoreCase(value.replace('-', '_')) || ground.shortName().equals(value)
                    || ground.label().equals(value)) {
                return ground;
            }
        }
        throw new TypeConversionException("删除事由“" + raw + "”无效，可选：" + choices());
    }

    /** For --help: one line per ground. */
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(DeletionGround.values()).map(DeletionGrounds::describe).iterator();
    }

    static String choices() {
        return Arrays.stream(DeletionGround.values()).map(DeletionGrounds::describe).collect(Collectors.joining("；"));
    }

    private static String describe(DeletionGround ground) {
        return (ground.ordinal() + 1) + " " + ground.name().toLowerCase(Locale.ROOT) + " " + ground.shortName() + "（"
                + ground.label() + "）";
    }
}
