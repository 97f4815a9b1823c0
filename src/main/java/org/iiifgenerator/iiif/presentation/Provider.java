package org.iiifgenerator.iiif.presentation;

/**
 * The institution that publishes the collection, named in every manifest and the collection (Presentation 3
 * {@code provider}; 2.1 has only its {@code logo}).
 *
 * @param homepage its web site, which also identifies it
 * @param logo     an image of its logo, or null
 */
public record Provider(String label, String homepage, String logo) {
}
