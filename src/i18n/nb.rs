//! Norsk bokmål, the default language.

use super::Texts;

pub const NB: Texts = Texts {
    lang: "nb",
    app_name: "Gevinstverksted",
    tagline: "Dialogseminar og A3-ark for gevinstrealisering",
    skip_to_content: "Hopp til innholdet",
    nav_label: "Hovedmeny",
    nav_home: "Hjem",
    nav_workshop: "Verksted",
    nav_collect: "Samle",
    nav_a3: "A3-ark",

    home_title: "Dette ligger på denne enheten",
    home_intro: "Alt du skriver lagres bare i denne nettleseren, også uten nett. \
        Ingen konto, ingen server. Eksporter jevnlig for å ha en sikkerhetskopi og for å flytte data \
        til en annen enhet.",
    home_counts_label: "Lagrede data",
    count_a3: "A3-ark",
    count_seminars: "Seminarer",
    count_notes: "Lapper",
    backup_title: "Sikkerhetskopi og flytting",
    backup_intro: "Eksporten er én JSON-fil med alt. Import legger til det som er nytt og \
        oppdaterer det som er nyere i filen; ingenting slettes.",
    export_button: "Eksporter alt",
    import_button: "Importer fil",
    import_done: "Importert: {added} nye, {updated} oppdatert, {unchanged} uendret.",
    import_failed: "«{name}» ble ikke importert. {reason} Ingenting er endret.",
    file_read_failed: "Filen kunne ikke leses.",

    err_too_large: "Filen er for stor ({mb} MB). Grensen er 20 MB.",
    err_not_json: "Filen er ikke gyldig JSON (feil ved linje {line}, kolonne {column}).",
    err_wrong_format: "Filen er ikke en Gevinstverksted-fil.",
    err_wrong_kind: "Filen inneholder «{kind}», ikke et helt arbeidsområde.",
    err_bad_version: "Filen mangler et gyldig formatnummer.",
    err_too_new: "Filen er laget med en nyere utgave av Gevinstverksted (format {found}). \
        Denne utgaven leser format til og med {supported}. Last siden på nytt med nett for å \
        oppdatere, og prøv igjen.",
    err_migration: "Filen kunne ikke oppgraderes fra format {from}: {reason}.",
    err_invalid: "Innholdet har feil form ({reason}).",
    err_duplicate_id: "Filen har to elementer med samme id ({id}).",

    quarantine_title: "Lagrede data kunne ikke leses",
    quarantine_body: "Det som lå lagret i denne nettleseren kunne ikke leses. {reason} \
        En uendret kopi er lagt til side, og appen har startet med et tomt arbeidsområde. \
        Last ned kopien og ta vare på den, eller send den til den som hjelper deg.",
    quarantine_not_copied: "Kopien kunne ikke legges til side. For ikke å skrive over dataene \
        lagrer appen ingenting før du har lastet ned kopien og lastet siden på nytt.",
    quarantine_download: "Last ned kopien",
    quarantine_dismiss: "Skjul meldingen",

    save_failed_title: "Ikke lagret",
    save_failed_body: "Endringene kunne ikke lagres i nettleseren: {reason}. De finnes bare i \
        dette vinduet. Eksporter nå for å ta vare på dem.",
    save_failed_full: "lagringsplassen er full",
    save_failed_unavailable: "nettleseren tillater ikke lagring (for eksempel i privat modus)",
    save_failed_other: "ukjent feil",
    save_failed_export: "Eksporter nå",
    save_status_saved: "Lagret på denne enheten",
    save_status_pending: "Lagrer …",
    save_status_failed: "Ikke lagret",
    save_status_paused: "Lagring satt på pause",

    workshop_title: "Verksted",
    workshop_intro: "Dialogseminar: refleksjon alene, runde i gruppa og felles prioritering. \
        Ett potensiale per lapp.",
    new_seminar_label: "Navn på nytt seminar",
    new_seminar_button: "Nytt seminar",
    seminars_empty: "Ingen seminarer ennå. Skriv et navn over og trykk «Nytt seminar».",
    seminar_list_label: "Seminarer",

    collect_title: "Samle",
    collect_intro: "Her samler fasilitatoren gruppenes prioriteringer fra alle grupper, ser dem \
        samlet og tar de beste videre til A3-ark.",
    collect_empty: "Ingen gruppesvar er samlet ennå. Gruppesvar kommer fra seminarene i Verksted.",

    a3_list_title: "A3-ark",
    a3_list_intro: "Ett A3-ark per endring, etter KS Helhetsmodellen for gevinstrealisering.",
    new_a3_label: "Tittel på nytt A3-ark",
    new_a3_button: "Nytt A3-ark",
    a3_empty: "Ingen A3-ark ennå. Skriv en tittel over og trykk «Nytt A3-ark».",
    a3_list_label: "A3-ark",
    untitled: "Uten tittel",
    a3_not_found: "Dette A3-arket finnes ikke på denne enheten. Det kan ligge på en annen enhet: \
        importer en eksport derfra.",
    back_to_a3_list: "Alle A3-ark",
    a3_header_label: "Om arket",
    field_title: "Tittel",
    field_unit: "Enhet / ansvar",
    field_unit_hint: "For eksempel «3412 Stokkbakken omsorgssenter»",
    field_owner: "Eier",
    field_phase: "Fase",
    phases: ["Forberede", "Planlegge", "Utføre", "Evaluere", "Følge opp"],
    a3_fields: [
        "1. Begrunnelse",
        "2. Nåsituasjonen",
        "3. Ønsket situasjon",
        "4. Utredningstiltak",
        "5. Endringstiltak",
        "6. Måling",
    ],
    a3_guides: [
        "Dette er utfordringene vi må løse og verdien av å løse det",
        "Dette er slik det fungerer i dag, og årsakene til at utfordringene oppstår",
        "Dette er slik vi ønsker at det skal fungere",
        "Dette må vi gjøre for å flytte oss fra nåsituasjonen til ønsket situasjon",
        "Dette er endringene vi gjennomfører",
        "Dette må vi måle for å sjekke at endringstiltakene gir effekt",
    ],

    not_found_title: "Fant ikke siden",
    not_found_body: "Adressen peker ikke til noe i Gevinstverksted.",
    to_home: "Til forsiden",
};
