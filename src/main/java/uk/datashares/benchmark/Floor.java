package uk.datashares.benchmark;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The floor of each format: the time to stream the same files' cells with nothing else done.
 * For .xlsx the fastest streaming reader there is (fastexcel-reader: every cell's text); for
 * .ods the raw StAX pass over {@code content.xml} (Aalto, the parser our reader uses, touching
 * every character); for .csv a plain line read. Returns the characters seen, so the JIT cannot
 * drop the work.
 */
enum Floor {
    XLSX {
        @Override
        long read(List<Path> files) throws IOException {
            long characters = 0;
            for (Path file : files) {
                try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
                    for (Iterator<Sheet> sheets = workbook.getSheets().iterator(); sheets.hasNext(); ) {
                        try (Stream<Row> rows = sheets.next().openStream()) {
                            for (Iterator<Row> row = rows.iterator(); row.hasNext(); ) {
                                for (Cell cell : row.next()) {
                                    if (cell != null) {
                                        characters += cell.getText().length();
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return characters;
        }
    },
    ODS {
        @Override
        long read(List<Path> files) throws IOException {
            XMLInputFactory factory = new InputFactoryImpl();
            long characters = 0;
            for (Path file : files) {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    ZipEntry content = zip.getEntry("content.xml");
                    try (InputStream in = zip.getInputStream(content)) {
                        XMLStreamReader xml = factory.createXMLStreamReader(in);
                        while (xml.hasNext()) {
                            int event = xml.next();
                            if (event == XMLStreamConstants.CHARACTERS) {
                                characters += xml.getTextLength();
                            } else if (event == XMLStreamConstants.START_ELEMENT) {
                                characters += xml.getAttributeCount();
                            }
                        }
                        xml.close();
                    } catch (XMLStreamException e) {
                        throw new IOException(file + ": " + e.getMessage(), e);
                    }
                }
            }
            return characters;
        }
    },
    CSV {
        @Override
        long read(List<Path> files) throws IOException {
            long characters = 0;
            for (Path file : files) {
                try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        characters += line.length();
                    }
                }
            }
            return characters;
        }
    };

    abstract long read(List<Path> files) throws IOException;

    /** The best of a few timed passes after a warm-up pass, in nanoseconds. */
    long bestNanos(List<Path> files, int passes) throws IOException {
        read(files);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < passes; i++) {
            long started = System.nanoTime();
            read(files);
            best = Math.min(best, System.nanoTime() - started);
        }
        return best;
    }
}
