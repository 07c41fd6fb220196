package mirage.facts;

/** A route open to users outside any body (`channels`). */
public enum Channel implements Labelled {
    ELECTED_OFFICIALS, COMPLAINTS, OMBUDSMAN, PETITION, PUBLIC_MEETING, MEDIA
}
