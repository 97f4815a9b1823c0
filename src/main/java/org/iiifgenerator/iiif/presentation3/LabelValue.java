package org.iiifgenerator.iiif.presentation3;

/** An entry of {@code metadata}, or the {@code requiredStatement}. */
public record LabelValue(LanguageMap label, LanguageMap value) {
}
