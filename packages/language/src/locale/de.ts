/**
 * German (de-DE): the whole rendered agreement in one file, the proof that a language is one file. Names, goals,
 * duties and other text the parties wrote stay as written; only the words the renderer adds are German.
 */
import type { Locale } from './locale.js';
import type { Messages } from './messages.js';

/** Counted things (units.ts) by their English word: singular and plural. */
const COUNTED: Readonly<Record<string, readonly [string, string]>> = {
    attempt: ['Versuch', 'Versuche'], ticket: ['Ticket', 'Tickets'], lead: ['Lead', 'Leads'],
    incident: ['Störung', 'Störungen'], request: ['Anfrage', 'Anfragen'], breach: ['Verstoß', 'Verstöße'],
    call: ['Anruf', 'Anrufe'], seat: ['Platz', 'Plätze'], user: ['Benutzer', 'Benutzer'],
    workstation: ['Arbeitsplatz', 'Arbeitsplätze'], device: ['Gerät', 'Geräte'], server: ['Server', 'Server'],
    site: ['Standort', 'Standorte'], point: ['Punkt', 'Punkte'], error: ['Fehler', 'Fehler'],
    report: ['Bericht', 'Berichte'], item: ['Position', 'Positionen'], time: ['Mal', 'Mal'],
    outage: ['Ausfall', 'Ausfälle'], case: ['Fall', 'Fälle'], contact: ['Kontakt', 'Kontakte']
};

/** By the plural too, since the formatter asks with the English word in the number it is used with. */
const COUNTED_BY_WORD = new Map(Object.entries(COUNTED).flatMap(([singular, words]) => [
    [singular, words] as const, [`${singular}s`, words] as const, [`${singular}es`, words] as const
]));

/** After "innerhalb von" a plural takes the dative: "30 Tagen", "5 Geschäftstagen"; "1 Stunde" stays. */
function dative(quantity: string): string {
    return /^1 /.test(quantity) ? quantity : quantity.replace(/e$/, 'en');
}

/** "jeden Monat", "jede Woche": a unit of one takes its article; a number takes "alle". */
const EVERY_ONE: Readonly<Record<string, string>> = {
    Minute: 'jede Minute', Stunde: 'jede Stunde', Tag: 'jeden Tag', Woche: 'jede Woche', Monat: 'jeden Monat',
    Quartal: 'jedes Quartal', Jahr: 'jedes Jahr'
};

const german: Messages = {
    format: {
        percent: number => `${number} %`,
        money: (number, currency) => `${number} ${currency}`,
        durations: {
            ms: ['ms', 'ms'], seconds: ['Sekunde', 'Sekunden'], minutes: ['Minute', 'Minuten'], hours: ['Stunde', 'Stunden'],
            days: ['Tag', 'Tage'], weeks: ['Woche', 'Wochen'], months: ['Monat', 'Monate'], quarters: ['Quartal', 'Quartale'],
            years: ['Jahr', 'Jahre']
        },
        businessTime: unit => `Geschäfts${unit.toLowerCase()}`,
        countWord: (english, singular) => COUNTED_BY_WORD.get(english)?.[singular ? 0 : 1],
        quantity: (number, unit) => unit ? `${number} ${unit}` : number,
        per: unit => `pro ${unit}`,
        comparators: { '>=': 'mindestens', '>': 'mehr als', '<=': 'höchstens', '<': 'weniger als', '=': 'genau' },
        over: (target, length) => `${target} über ${length} hinweg`,
        shareOf: (target, share, population) => `${target} bei ${share} der ${population}`,
        calendarWindow: period => ({
            day: 'Kalendertag', week: 'Kalenderwoche', month: 'Kalendermonat', quarter: 'Kalenderquartal', year: 'Kalenderjahr'
        })[period],
        rollingWindow: length => `gleitend ${length}`,
        every: what => EVERY_ONE[what] ?? `alle ${what}`,
        periods: { day: 'Tag', week: 'Woche', month: 'Monat', quarter: 'Quartal', year: 'Jahr' },
        periodAdjectives: { day: 'täglich', week: 'wöchentlich', month: 'monatlich', quarter: 'vierteljährlich', year: 'jährlich' },
        termUntil: (start, end) => `${start} bis ${end}`,
        termOpen: start => `ab ${start} auf unbestimmte Zeit`,
        and: 'und'
    },
    document: {
        kind: 'Service-Level-Vereinbarung',
        untitled: 'Vereinbarung ohne Titel',
        between: parties => `zwischen ${parties}`,
        facts: {
            reference: 'Kennung', version: 'Version', status: 'Status', term: 'Laufzeit', timeZone: 'Zeitzone',
            kind: 'Art', level: 'Ebene', refines: 'Verfeinert', supersedes: 'Ersetzt', currencies: 'Währungen',
            masterAgreement: 'Rahmenvertrag'
        },
        masterAgreement: (title, date) => date ? `${title} vom ${date}` : title,
        draft: {
            mark: n => `ENTWURF · ${n} Platzhalter offen`,
            text: n => `Entwurf, nicht unterschriftsreif: ${n === 1 ? 'Ein Platzhalter ist' : `${n} Platzhalter sind`} noch offen. `
                + 'Mit TODO markierte Texte sind auszuformulieren, als Vorschlag markierte Werte von den Parteien zu bestätigen.',
            item: (where, text, suggested) => `${where}: ${text}${suggested ? ' (Vorschlag, nicht vereinbart)' : ''}`,
            title: 'Titel'
        },
        statuses: { draft: 'Entwurf', active: 'In Kraft', superseded: 'Ersetzt' },
        kinds: { 'service-based': 'Dienstbezogen', 'customer-based': 'Kundenbezogen', 'multi-level': 'Mehrstufig' },
        tiers: { corporate: 'Unternehmen', customer: 'Kunde', service: 'Dienst' },
        refinedAgreement: (title, name, version) => `${title} (${name})${version ? `, Version ${version}` : ''}`,
        whichRefines: ', die verfeinert: ',
        problems: (errors, warnings) => {
            const counts = [errors && `${errors} ${errors === 1 ? 'Fehler' : 'Fehler'}`, warnings && `${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'}`]
                .filter(Boolean).join(' und ');
            return `Diese Vereinbarung enthält ${counts}. Das Dokument zeigt, was gelesen werden konnte; beheben Sie die Probleme vor der Unterzeichnung.`;
        },
        errorsLabel: 'Fehler',
        warningsLabel: 'Warnungen',
        noteLabel: 'Hinweis',
        summary: {
            title: 'Überblick',
            columns: ['Partei', 'Rolle', 'Erbringt', 'Geschuldete Service-Levels', 'Pflichten'],
            duties: n => `${n} ${n === 1 ? 'Pflicht' : 'Pflichten'}`,
            excusing: (duties, excusing) => excusing === 0 ? ''
                : duties === 1 ? ', die Service-Levels entschuldigt oder anhält'
                : `, davon ${excusing} mit Wirkung auf Service-Levels`
        },
        signatures: {
            title: 'Unterschriften',
            intro: 'Unterzeichnet von den bevollmächtigten Vertretern der Parteien.',
            onBehalfOf: 'Für und im Namen von',
            signature: 'Unterschrift',
            name: 'Name',
            position: 'Funktion',
            date: 'Datum'
        },
        footer: (title, version) => `${title}${version ? `, Version ${version}` : ''}`,
        page: ['Seite ', ' von '],
        sections: {
            PartiesSection: 'Parteien',
            GoalsSection: 'Ziele',
            DefinitionsSection: 'Begriffsbestimmungen',
            CalendarsSection: 'Servicezeiten',
            ServicesSection: 'Leistungen',
            PackagesSection: 'Pakete und Entgelte',
            PurchasesSection: 'Preisaufstellung',
            SegmentsSection: 'Segmente',
            MetricsSection: 'Kennzahlen',
            LevelsSection: 'Service-Levels',
            ResponsibilitiesSection: 'Mitwirkungspflichten',
            ExclusionsSection: 'Ausnahmen',
            RemediesSection: 'Abhilfen und Gutschriften',
            ReportingSection: 'Berichtswesen',
            ChangesSection: 'Änderungsverfahren',
            ReviewSection: 'Überprüfung',
            ClausesSection: 'Allgemeine Bestimmungen'
        },
        inheritedBadge: agreement => `Übernommen aus ${agreement}`,
        inheritedRemark: agreement => `(übernommen aus ${agreement})`,
        quoted: text => `„${text}“`
    },
    parties: {
        intro: 'Diese Vereinbarung wird zwischen den folgenden Parteien geschlossen. Jede wird in dieser Vereinbarung mit ihrem Kurznamen bezeichnet.',
        columns: ['Partei', 'Rolle', 'Unterzeichner', 'Kontakte'],
        roles: { provider: 'Anbieter', customer: 'Kunde', subcontractor: 'Unterauftragnehmer', monitor: 'Unabhängige Prüfstelle' },
        noRole: 'Partei',
        internal: role => `${role} (interne Abteilung)`,
        definitionsIntro: 'In dieser Vereinbarung haben die folgenden Begriffe die hier angegebene Bedeutung.'
    },
    services: {
        calendarsIntro: 'Geschäftszeit (Geschäftsstunden, Geschäftstage) wird in den Servicezeiten des jeweiligen Dienstes gezählt.',
        calendarColumns: ['Kalender', 'Tage', 'Uhrzeit', 'Zeitzone', 'Feiertage'],
        weekdays: {
            monday: 'Montag', tuesday: 'Dienstag', wednesday: 'Mittwoch', thursday: 'Donnerstag', friday: 'Freitag',
            saturday: 'Samstag', sunday: 'Sonntag'
        },
        dayRange: (first, last) => `${first} bis ${last}`,
        agreementZone: '(der Vereinbarung)',
        facts: {
            inScope: 'Enthalten', outOfScope: 'Nicht enthalten', hours: 'Servicezeiten', maintenance: 'Wartungsfenster',
            providedBy: 'Erbracht von', dependsOn: 'Hängt ab von', includes: 'Umfasst', price: 'Preis'
        },
        inheritedTitle: 'Hier genutzte Leistungen der übergeordneten Vereinbarung',
        inheritedColumns: ['Leistung', 'Beschreibung', 'Erbracht von'],
        chargeColumns: ['Entgelt', 'Satz', 'Beschreibung'],
        chargeKinds: { charge: 'Entgelt pro Einheit', extra: 'Gesondert berechnet' }
    },
    levels: {
        segmentsIntro: 'Service-Levels können für jedes der folgenden Segmente ein eigenes Ziel setzen.',
        segmentColumns: ['Dimension', 'Segment', 'Bedeutung'],
        metricsIntro: 'Jeder Service-Level wird mit einer der folgenden Kennzahlen gemessen, von beiden Parteien auf dieselbe Weise.',
        metricKinds: {
            ratio: 'Ein Verhältnis von gut zu gesamt', duration: 'Eine Dauer', count: 'Eine Anzahl', average: 'Ein Durchschnitt',
            score: 'Eine Bewertung'
        },
        aggregations: {
            'percent-of-intervals': 'Anteil der Messintervalle, die als gut gelten',
            'mean-of-intervals': 'Mittelwert der Werte je Intervall',
            'per-ticket': 'Je Ticket gemessen',
            'per-lead': 'Je Lead gemessen',
            'mean': 'Mittelwert',
            'median': 'Median',
            'sum': 'Summe',
            'maximum': 'Maximum',
            'minimum': 'Minimum',
            'average-per-lead': 'Durchschnitt je Lead'
        },
        metricFacts: {
            measures: 'Misst', unit: 'Einheit', aggregation: 'Aggregation', interval: 'Messintervall',
            window: 'Zeitraum', measuredPer: 'Gemessen je', source: 'Datenquelle',
            missingData: 'Fehlende Daten', minimumCoverage: 'Mindestabdeckung'
        },
        missingData: {
            down: 'Ein Intervall ohne Daten gilt als Ausfall',
            up: 'Ein Intervall ohne Daten gilt als verfügbar',
            excluded: 'Intervalle ohne Daten bleiben bei der Berechnung unberücksichtigt'
        },
        missingInMean: 'Intervalle ohne Daten bleiben beim Mittelwert unberücksichtigt',
        missingByDefault: rule => `${rule} (die Regel, wenn die Vereinbarung nichts anderes bestimmt)`,
        minimumCoverage: share => `Für ${share} der Intervalle jedes Zeitraums müssen Daten vorliegen; liegt die Abdeckung darunter, gilt ein Service-Level auf dieser Kennzahl als „Daten unzureichend“: weder erfüllt noch verfehlt, und es ist keine Gutschrift fällig`,
        forServices: services => ` (für ${services})`,
        floorComparison: 'Jeder Service-Level dieser Vereinbarung mit derselben Kennzahl, denselben Leistungen und demselben Segment wie ein Mindestwert wird mit diesem verglichen:',
        floorColumns: ['Service-Level hier', 'Sein Ziel', 'Mindestwert', 'Festgelegt in', 'Ziel des Mindestwerts', 'Erfüllt den Mindestwert'],
        floorMeets: 'Ja',
        floorWeaker: { threshold: 'Nein: sein Schwellenwert ist schwächer', share: 'Nein: er deckt einen kleineren Anteil ab' },
        leadQualityTitle: 'Leads unter dem Qualitätsniveau',
        leadQuality: (gate, target, party, others) => `Ein Lead, der ${gate} (${target}) nicht erreicht, geht zulasten von ${party} und bleibt bei den Werten von ${others} unberücksichtigt: Keine Partei muss für Leads einstehen, die die Qualität verfehlen, die eine andere Partei schuldet.`,
        percentUnit: 'Prozent (%)',
        columns: ['Service-Level', 'Kennzahl', 'Ziel', 'Zeitraum', 'Segment', 'Verpflichtete Partei'],
        everyService: 'Alle Leistungen',
        everyServiceIntro: 'Diese Service-Levels gelten für jede Leistung dieser Vereinbarung.',
        floorsTitle: 'Mindestwerte der übergeordneten Vereinbarung',
        floorsNote: 'Diese Service-Levels der verfeinerten Vereinbarungen gelten auch für diese Vereinbarung: ein Service-Level ohne Leistung für jede Leistung, ein Service-Level für eine Leistung für diese Leistung, wo immer diese Vereinbarung sie nutzt. Die Service-Levels oben dürfen sie verschärfen, nie abschwächen.',
        condition: text => `Bedingung: ${text}`,
        allSegments: 'Alle'
    },
    duties: {
        intro: 'Jede Partei hat die folgenden Mitwirkungspflichten. Wird eine Pflicht nicht erfüllt, gelten die genannten Service-Levels nicht als verfehlt („entschuldigt“) oder ihre Uhr steht still, bis die Pflicht erfüllt ist („angehalten“).',
        columns: ['Pflicht', 'Frist', 'Wenn nicht erfüllt'],
        within: duration => `innerhalb von ${dative(duration)}`,
        effects: { pauses: 'Hält die Uhr an von ', excuses: 'Entschuldigt Verfehlungen von ' },
        everyLevel: 'allen Service-Levels',
        everyOtherLevel: party => `allen Service-Levels, die ${party} nicht selbst einhalten muss`,
        exclusionsIntro: 'Zeiten und Ereignisse der folgenden Arten gehen bei der Messung der Service-Levels nicht zulasten der verpflichteten Partei.',
        exclusionColumns: ['Ausnahme', 'Beschreibung', 'Zeitfenster', 'Ankündigung', 'Gilt für'],
        exclusionKinds: {
            'maintenance': 'Geplante Wartung',
            'customer-caused': 'Vom Kunden verursacht',
            'force-majeure': 'Höhere Gewalt',
            'free-tier': 'Kostenlose und Vorschau-Angebote',
            'other': 'Sonstiges'
        },
        inAdvance: duration => `${duration} im Voraus`,
        allLevels: 'Alle Service-Levels'
    },
    remedies: {
        creditsTitle: (level, pkg) => `Gutschriften für ${level}${pkg ? `, ${pkg}` : ''}`,
        creditsIntro: (target, window) => [
            'Wird ',
            `${target ? ` (${target}${window ? `, je ${window}` : ''})` : ''} verfehlt, richtet sich die Gutschrift nach dem gemessenen Wert:`
        ],
        creditColumns: ['Gemessener Wert', 'Gutschrift'],
        shareIntro: (target, window, many) => [
            'Wird ',
            `${target ? ` (${target}${window ? `, je ${window}` : ''})` : ''} verfehlt, richtet sich die Gutschrift nach dem Anteil der ${many} im Zeitraum, die das Ziel erreicht haben:`
        ],
        shareColumn: many => `Anteil der ${many} im Ziel`,
        perItemIntro: (target, window, one, many) => [
            `Für ${many} zu `,
            `${target ? ` (${target}${window ? `, je ${window}` : ''})` : ''}, die ihr Ziel verfehlen, ist je ${one} eine Gutschrift nach der dafür gemessenen Zeit oder dem dafür gemessenen Wert fällig; die Gutschriften aller verspäteten ${many} eines Zeitraums werden addiert:`
        ],
        perItemColumn: one => `Gemessen je ${one} mit Verspätung`,
        perLate: (credit, one) => `${credit} je ${one} mit Verspätung`,
        bounds: { '<': 'unter', '<=': 'höchstens', '>': 'über', '>=': 'mindestens', '=': 'genau' },
        downTo: (upper, lower, excluding) => `${upper} bis ${excluding ? `ausschließlich ${lower}` : `einschließlich ${lower}`}`,
        upTo: (lower, upper, excluding) => `${lower} bis ${excluding ? `ausschließlich ${upper}` : `einschließlich ${upper}`}`,
        both: (first, second) => `${first} und ${second}`,
        ofAffectedCharges: percent => `${percent} der betroffenen Entgelte`,
        ofCharge: (percent, adjective, pkg, plural) => plural
            ? `${percent} der ${adjective ? `${adjective}en ` : ''}Entgelte für ${pkg}`
            : `${percent} des ${adjective ? `${adjective}en ` : ''}Entgelts für ${pkg}`,
        limitsTitle: 'Obergrenzen, Ansprüche und Zahlung',
        limits: { cap: 'Obergrenze', minimum: 'Mindestgutschrift', claims: 'Ansprüche', sole: 'Einziger Rechtsbehelf', paidAs: 'Gewährt als' },
        capPer: (amount, period) => `höchstens ${amount} pro ${period}`,
        minimumCredit: amount => `${amount}; kleinere Gutschriften werden nicht gewährt`,
        claimWithin: window => `innerhalb von ${dative(window)} nach Ende des Messzeitraums`,
        soleRemedy: 'Gutschriften sind der einzige Rechtsbehelf bei einem verfehlten Service-Level.',
        correctiveTitle: 'Korrekturmaßnahmen',
        correctiveIntro: 'Nach wiederholter Verfehlung eines Service-Levels schuldet die verpflichtete Partei die folgende Korrekturmaßnahme.',
        correctiveColumns: ['Korrekturmaßnahme', 'Geschuldet nach'],
        escalationTitle: 'Eskalation',
        escalationIntro: 'Solange ein Service-Level gefährdet oder verfehlt ist, wird die Sache jeweils nach der angegebenen Zeit an die folgenden Kontakte eskaliert.',
        escalationColumns: ['Stufe', 'Eskaliert an', 'Nach']
    },
    governance: {
        reportFacts: { from: 'Von', to: 'An', frequency: 'Häufigkeit', due: 'Fällig', covers: 'Umfasst', missing: 'Wenn er fehlt' },
        dueAfterPeriod: duration => `innerhalb von ${dative(duration)} nach Ende jedes Zeitraums`,
        changeFacts: { proposedBy: 'Vorgeschlagen von', approvedBy: 'Genehmigt von', notice: 'Ankündigung', procedure: 'Verfahren' },
        noticeBefore: duration => `${duration} bevor eine Änderung wirksam wird`,
        amendmentsCaption: 'Änderungen',
        amendmentColumns: ['Version', 'Datum', 'Änderung'],
        reviewFacts: { cadence: 'Rhythmus', next: 'Nächste Überprüfung', participants: 'Beteiligte' },
        scheduledWithinTerm: 'Geplante Überprüfungen innerhalb der Laufzeit:',
        scheduled: 'Geplante Überprüfungen:',
        continuing: (cadence, untilEndOfTerm) => `, danach ${cadence}${untilEndOfTerm ? ' bis zum Ende der Laufzeit' : ''}`,
        noReviewInTerm: 'Innerhalb der Laufzeit fällt keine geplante Überprüfung.',
        triggersIntro: 'Die Parteien überprüfen die Vereinbarung außerdem vor der nächsten geplanten Überprüfung, wenn:'
    },
    purchases: {
        columns: ['Posten', 'Menge', 'Preis', 'Pro Monat'],
        takes: start => [start ? `Ab ${start} bezieht ` : 'Ab Beginn der Laufzeit bezieht ', ' das Paket ', '.'],
        basePrice: 'Paketpreis',
        perUnit: 'Preis pro Einheit',
        monthlyTotal: 'Summe pro Monat',
        yearlyTotal: 'Summe pro Jahr',
        billing: { asUsed: 'nach Verbrauch abgerechnet', once: 'einmalig abgerechnet', unknown: 'unbekannt: Menge angeben' },
        incomplete: 'Die Summen enthalten die als „unbekannt“ markierten Posten erst, wenn der Bezug ihre Menge angibt.',
        extras: 'Zusätzlich zur Summe pro Monat abgerechnet:',
        unknownPackage: 'unbekanntes Paket',
        unknownQuantity: unit => `? ${unit}`
    }
};

export const GERMAN_LOCALES: readonly Locale[] = [
    { tag: 'de-DE', name: 'Deutsch (Deutschland)', messages: german, paper: 'A4', currency: 'EUR', timeZone: 'Europe/Berlin' }
];
