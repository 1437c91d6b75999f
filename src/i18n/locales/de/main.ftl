# kitaplatz – deutsche Texte (Hauptsprache). Jeder Schlüssel muss auch in en/main.ftl stehen.

site-name = Kitaplatz
skip-link = Zum Inhalt springen
lang-switch-label = Sprache
footer-text = Kitaplatz – Kita-Platzvergabe und Bedarfsplanung Ihrer Gemeinde
footer-accessibility = Erklärung zur Barrierefreiheit
a11y-title = Erklärung zur Barrierefreiheit
a11y-intro = Die Gemeinden, die Kitaplatz einsetzen, sind bemüht, dieses Portal im Einklang mit § 12a des Behindertengleichstellungsgesetzes (BGG) und der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen. Diese Erklärung gilt für alle Seiten unter dieser Adresse.
a11y-status-title = Stand der Vereinbarkeit mit den Anforderungen
a11y-status = Das Portal ist mit den Anforderungen der BITV 2.0 (WCAG 2.1, Stufe AA) teilweise vereinbar. Die unten genannten Inhalte sind noch nicht vollständig barrierefrei.
a11y-gaps-title = Nicht barrierefreie Inhalte
a11y-gap-charts = Diagramme der Planung und Statistik sind Bilder; dieselben Zahlen stehen jeweils in einer Tabelle direkt darunter.
a11y-gap-languages = Das Elternportal gibt es in zehn Sprachen; die Seiten für Jugendamt, Einrichtungen und Landkreis nur auf Deutsch und Englisch. Bescheide und Briefe ergehen als Amtssprache auf Deutsch (§ 23 VwVfG); ihr Inhalt wird auf der Seite des Antrags in Ihrer Sprache erklärt.
a11y-gap-pdf = Elternbriefe als PDF sind noch nicht als barrierefreie PDF (PDF/UA) ausgezeichnet; ihr Inhalt steht auch in der E-Mail und auf der Seite des Antrags.
a11y-made-title = Erstellung dieser Erklärung
a11y-made = Diese Erklärung beruht auf einer Selbstbewertung der Entwickler (Stand: November 2026): Tastaturbedienung, Überschriften und Landmarken, Beschriftung und Fehlermeldungen der Formularfelder, Kontraste und Vergrößerung wurden geprüft. Eine automatische Prüfung aller Seiten mit axe-core ist in Vorbereitung.
a11y-feedback-title = Feedback und Kontakt
a11y-feedback = Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Dann wenden Sie sich bitte an das Jugendamt Ihrer Gemeinde. Wir beantworten Ihre Nachricht innerhalb von sechs Wochen und stellen Ihnen die Inhalte auf Wunsch in einer für Sie zugänglichen Form bereit.
a11y-arbitration-title = Schlichtungsverfahren
a11y-arbitration = Wenn Sie auf Ihr Feedback keine zufriedenstellende Antwort erhalten, können Sie ein Schlichtungsverfahren bei der Schlichtungsstelle nach § 16 BGG beantragen (für Landesbehörden und Gemeinden: bei der Schlichtungs- oder Ombudsstelle Ihres Bundeslandes). Das Verfahren ist kostenlos; Sie brauchen keinen Rechtsbeistand.
a11y-arbitration-link = Schlichtungsstelle nach dem Behindertengleichstellungsgesetz
logged-in-as = Angemeldet als { $email }
main-nav-label = Hauptnavigation

nav-login = Anmelden
nav-logout = Abmelden
nav-account = Mein Konto
nav-admin = Betrieb
nav-start = Startseite
nav-office = Verwaltung
nav-users = Benutzer
nav-settings = Einstellungen
nav-audit = Protokoll

flash-logged-out = Sie haben sich abgemeldet.
flash-confirmed = Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.
flash-password-set = Ihr Passwort wurde gespeichert. Bitte melden Sie sich an.
flash-invited = Die Einladung wurde verschickt.
flash-disabled = Der Zugang wurde gesperrt.
flash-enabled = Der Zugang wurde wieder freigeschaltet.
flash-saved = Gespeichert.
flash-own-membership = Ihren eigenen Zugang können Sie nicht sperren. Bitten Sie eine andere Administratorin oder einen anderen Administrator.

error-back = Zur Startseite
error-request-id = Vorgangsnummer für Rückfragen: { $id }
error-400-title = Ungültige Anfrage
error-400-text = Die Anfrage konnte nicht verarbeitet werden.
error-403-title = Kein Zugriff
error-403-text = Sie haben keine Berechtigung für diese Seite. Wenn Sie ein Formular abgeschickt haben, laden Sie die Seite bitte neu und versuchen Sie es noch einmal.
error-404-title = Seite nicht gefunden
error-404-text = Diese Seite gibt es nicht. Bitte prüfen Sie die Adresse.
error-409-title = Konflikt
error-409-text = Der Eintrag existiert bereits.
error-413-title = Zu viele Daten
error-413-text = Das Formular enthält zu viele Daten.
error-422-title = Eingaben unvollständig
error-422-text = Das Formular war unvollständig. Bitte versuchen Sie es noch einmal.
error-429-title = Zu viele Versuche
error-429-text = Bitte warten Sie eine Minute und versuchen Sie es dann erneut.
error-500-title = Technischer Fehler
error-500-text = Es ist ein Fehler aufgetreten. Ihre Daten sind nicht verloren; bitte versuchen Sie es später noch einmal.
error-503-title = Vorübergehend nicht erreichbar
error-503-text = Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.

errors-summary-title = Bitte korrigieren Sie folgende Angaben:
err-email-invalid = Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de.
err-password-short = Das Passwort muss mindestens 12 Zeichen lang sein.
err-password-long = Das Passwort darf höchstens 256 Zeichen lang sein.
err-password-common = Dieses Passwort ist zu bekannt und leicht zu erraten. Bitte wählen Sie ein anderes, z. B. einen Satz aus mehreren Wörtern.
err-password-mismatch = Die beiden Passwörter stimmen nicht überein.
err-login-failed = E-Mail-Adresse oder Passwort ist falsch.
err-login-throttled = Zu viele Anmeldeversuche. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.
err-login-unconfirmed = Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse über den Link in unserer E-Mail.
err-role-invalid = Bitte wählen Sie eine Rolle.
err-max-wishes = Bitte eine Zahl von 1 bis 10 eingeben.
err-advance-months = Bitte eine Zahl von 1 bis 36 eingeben.
err-cutoff = Bitte ein Datum im Format MM-TT eingeben, z. B. 09-30.
err-threshold = Bitte eine Zahl von 2 bis 20 eingeben.
err-modules = Unbekanntes Modul.
err-slug = Kurzname: 2–63 Kleinbuchstaben, Ziffern und Bindestriche; nicht reserviert.
err-name = Bitte einen Namen eingeben (höchstens 200 Zeichen).
err-slug-taken = Dieser Kurzname ist schon vergeben.
err-bundesland = Bitte ein Bundesland wählen.
err-ags = Der Amtliche Gemeindeschlüssel hat genau 8 Ziffern und beginnt mit der Landesnummer 01–16.
err-ags-land = Der Gemeindeschlüssel passt nicht zum gewählten Bundesland.
err-district = Bitte einen Landkreis wählen.
err-slug-or-ags-taken = Kurzname oder Gemeindeschlüssel sind schon vergeben.
err-role-scope = Bitte Rolle und passende Gemeinde bzw. passenden Landkreis wählen.

token-problem-title = Dieser Link funktioniert nicht
token-invalid = Der Link ist ungültig. Bitte prüfen Sie, ob er vollständig kopiert wurde.
token-expired = Der Link ist abgelaufen. Bitte fordern Sie einen neuen an.
token-used = Der Link wurde bereits verwendet. Jeder Link gilt nur einmal.
token-problem-forgot-link = Neuen Link anfordern

role-parent = Eltern
role-facility_staff = Einrichtungspersonal
role-facility_lead = Einrichtungsleitung
role-provider_admin = Träger-Verwaltung
role-youth_office = Jugendamt
role-municipality_admin = Gemeinde-Verwaltung
role-district_official = Landkreis
role-operator = Betrieb

mail-signature = Ihr Kitaplatz-Team
mail-confirm-subject = Bitte bestätigen Sie Ihre E-Mail-Adresse
mail-confirm-body = Guten Tag,
    
    Sie haben sich bei Kitaplatz ({ $municipality }) registriert. Bitte bestätigen Sie Ihre E-Mail-Adresse über diesen Link (3 Tage gültig):
    
    { $link }
    
    Wenn Sie sich nicht registriert haben, können Sie diese E-Mail ignorieren.
mail-exists-subject = Registrierung bei Kitaplatz
mail-exists-body = Guten Tag,
    
    jemand hat versucht, mit Ihrer E-Mail-Adresse ein neues Konto anzulegen. Sie haben bereits ein Konto. Anmelden: { $login }
    
    Passwort vergessen? { $reset }
    
    Wenn Sie das nicht waren, müssen Sie nichts tun.
mail-reset-subject = Passwort zurücksetzen
mail-reset-body = Guten Tag,
    
    über diesen Link können Sie ein neues Passwort festlegen. Er ist 12 Stunden gültig und funktioniert nur einmal:
    
    { $link }
    
    Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.
mail-invite-subject = Einladung zu Kitaplatz
mail-invite-body = Guten Tag,
    
    Sie wurden zu Kitaplatz eingeladen: Rolle „{ $role }“ in { $scope }. Bitte legen Sie über diesen Link Ihr Passwort fest (7 Tage gültig):
    
    { $link }
mail-granted-subject = Neue Rolle bei Kitaplatz
mail-granted-body = Guten Tag,
    
    Ihr Konto hat eine neue Rolle erhalten: „{ $role }“ in { $scope }. Anmelden: { $link }

index-title = Kita-Platz finden und beantragen
index-intro = Wählen Sie Ihre Gemeinde, um Einrichtungen zu sehen, einen Betreuungsplatz anzufragen oder Ihren Bedarf zu melden.
index-municipalities = Gemeinden
index-none = Es ist noch keine Gemeinde eingerichtet.

municipality-title = Kinderbetreuung in { $name }
municipality-intro = Hier melden Sie den Betreuungsbedarf Ihres Kindes an und fragen einen Platz in einer Kita oder Kindertagespflege an. Mit einem Konto sehen Sie jederzeit den Stand.
municipality-register = Konto anlegen
municipality-login = Anmelden

login-title = Anmelden
login-email = E-Mail-Adresse
login-password = Passwort
login-submit = Anmelden
login-forgot = Passwort vergessen?
login-register-hint = Noch kein Konto? Wählen Sie auf der Startseite Ihre Gemeinde und legen Sie dort ein Konto an.
login-session-expired = Ihre Sitzung ist wegen Inaktivität abgelaufen. Bitte melden Sie sich erneut an.

register-title = Konto anlegen
register-intro = Für Ihr Konto brauchen wir nur Ihre E-Mail-Adresse und ein Passwort. Angaben zu Ihrem Kind machen Sie erst im Antrag.
register-email = E-Mail-Adresse
register-password = Passwort
register-password-hint = Mindestens 12 Zeichen. Am sichersten ist ein Satz aus mehreren Wörtern.
register-password2 = Passwort wiederholen
register-submit = Konto anlegen

check-mail-title = Bitte prüfen Sie Ihr E-Mail-Postfach
check-mail-text = Wir haben Ihnen eine E-Mail geschickt. Klicken Sie auf den Link darin, um Ihre Adresse zu bestätigen. Keine E-Mail erhalten? Sehen Sie auch im Spam-Ordner nach.

confirm-title = E-Mail-Adresse bestätigen
confirm-text = Bitte bestätigen Sie, dass diese E-Mail-Adresse Ihnen gehört.
confirm-submit = Jetzt bestätigen

forgot-title = Passwort vergessen
forgot-text = Geben Sie Ihre E-Mail-Adresse ein. Wenn es dazu ein Konto gibt, schicken wir Ihnen einen Link für ein neues Passwort.
forgot-email = E-Mail-Adresse
forgot-submit = Link anfordern
forgot-sent-title = E-Mail unterwegs
forgot-sent-text = Wenn es ein Konto mit dieser Adresse gibt, haben wir einen Link geschickt. Er ist 12 Stunden gültig.

set-password-title = Neues Passwort festlegen
invite-title = Willkommen – legen Sie Ihr Passwort fest
set-password-submit = Passwort speichern

account-title = Mein Konto
account-email = E-Mail-Adresse
account-roles = Ihre Zugänge
account-no-roles = Ihrem Konto ist noch keine Rolle zugeordnet.
account-open = Öffnen

office-title = Verwaltung { $name }
office-intro = Willkommen in der Verwaltung. Hier bearbeiten Sie Anfragen, Vergabe und Verträge Ihrer Gemeinde, je nach Ihrer Rolle.
office-your-roles = Ihre Rollen in dieser Gemeinde

users-title = Benutzer der Verwaltung
users-invite-title = Person einladen
users-email = E-Mail-Adresse
users-role = Rolle
users-invite-submit = Einladung senden
users-status = Status
users-active = aktiv
users-invited = eingeladen
users-disabled = gesperrt
users-disable = Sperren
users-enable = Freischalten
users-none = Noch keine Benutzer.
users-action = Aktion

settings-title = Einstellungen der Gemeinde
settings-max-wishes = Höchstzahl Wunscheinrichtungen je Antrag
settings-advance-months = Anmeldung frühestens so viele Monate vor Betreuungsbeginn
settings-cutoff = Stichtag Schuleintritt (MM-TT)
settings-cutoff-hint = Kinder, die bis zu diesem Tag sechs Jahre alt werden, gelten ab August als Schulkinder.
settings-threshold = Statistik: kleinste ausgewiesene Fallzahl
settings-modules = Aktive Module
settings-submit = Speichern
module-parents = Elternportal
module-register = Melderegister-Abgleich
module-allocation = Zentrale Vergabe
module-contracts = Verträge und Belegung
module-statistics = Statistik für den Landkreis

audit-title = Änderungsprotokoll
audit-filter = Filtern
audit-entity = Objektart
audit-user = Benutzer (E-Mail)
audit-from = Von
audit-to = Bis
audit-apply = Filter anwenden
audit-at = Zeitpunkt
audit-actor = Benutzer
audit-token = API-Zugang „{ $name }“
audit-action = Aktion
audit-entity-id = Objekt
audit-fields = Geänderte Felder
audit-request = Vorgang
audit-none = Keine Einträge für diesen Filter.
audit-all = alle

admin-title = Betrieb
admin-districts = Landkreise
admin-municipalities = Gemeinden
admin-users = Verwaltungszugänge
admin-new-district = Neuer Landkreis
admin-new-municipality = Neue Gemeinde
admin-invite = Administrator oder Landkreis-Zugang einladen
admin-create = Anlegen
admin-none = Noch keine Einträge.
admin-slug-hint = Teil der Adresse, z. B. „musterstadt“ für /musterstadt
admin-ags-hint = 8 Ziffern, z. B. 05958001
field-slug = Kurzname
field-name = Name
field-ags = Amtlicher Gemeindeschlüssel
field-bundesland = Bundesland
field-district = Landkreis
field-role = Rolle
field-scope = Gemeinde oder Landkreis
field-email = E-Mail-Adresse

kreis-title = { $name }
kreis-intro = Anonymisierte Statistiken aller Gemeinden des Landkreises. Personenbezogene Daten werden hier nie angezeigt.
kreis-municipalities = Gemeinden im Landkreis

nav-kitas = Kitas
nav-facilities = Einrichtungen
kind-krippe = Krippe
kind-kindergarten = Kindergarten
kind-kita = Kita
kind-hort = Hort
kind-kindertagespflege = Kindertagespflege
pkind-public = Öffentlicher Träger
pkind-church = Kirchlicher Träger
pkind-association = Freier Träger (Verein, Verband)
pkind-company = Betrieblicher Träger
cat-U2 = unter 2 Jahren (U2)
cat-U3 = unter 3 Jahren (U3)
cat-UE3 = ab 3 Jahren bis zur Schule (Ü3)
cat-HORT = Schulkinder (Hort)

dir-title = Kitas in { $name }
dir-filter = Auswahl eingrenzen
dir-kind = Art der Einrichtung
dir-category = Altersgruppe
dir-hours = Betreuungszeit pro Woche
dir-hours-value = { $hours } Stunden
dir-profile = Profil
dir-count = { $shown } von { $total } Einrichtungen
dir-provider = Träger
dir-address = Adresse
dir-opening-hours = Öffnungszeiten
dir-phone = Telefon
dir-website = Internetseite
dir-places = Genehmigte Plätze
dir-licensed = Plätze
dir-no-licence = Für heute liegt keine Betriebserlaubnis vor.
dir-back = Zurück zur Übersicht
municipality-directory = Kitas und Kindertagespflege ansehen

fac-title = Einrichtungen
fac-new-provider = Neuer Träger
fac-new = Neue Einrichtung
fac-edit = Stammdaten bearbeiten
fac-licences = Betriebserlaubnis
fac-new-licence = Neuer Zeitraum der Betriebserlaubnis
fac-public-view = Öffentliche Ansicht
f-provider = Träger
f-provider-kind = Art des Trägers
f-street = Straße
f-house_number = Hausnummer
f-postal_code = Postleitzahl
f-city = Ort
f-latitude = Breitengrad (optional, z. B. 51.5123)
f-longitude = Längengrad (optional, z. B. 7.4651)
f-phone = Telefon
f-email = E-Mail-Adresse der Einrichtung
f-website = Internetseite (https://…)
f-opening_hours = Öffnungszeiten (z. B. Mo–Fr 7:00–17:00)
f-care_hours = Betreuungszeiten pro Woche in Stunden (z. B. 25, 35, 45)
f-tags = Profil-Stichworte, durch Komma getrennt (z. B. montessori, bilingual, inklusion)
l-from = Gültig ab
l-to = Gültig bis (leer = unbefristet)
l-places = Genehmigte Plätze je Altersgruppe
l-reserved = Davon reserviert (z. B. Betriebsplätze)
l-reserved-n = davon { $n } reserviert

err-f-name = Bitte einen Namen eingeben (höchstens 200 Zeichen).
err-f-kind = Bitte eine Art auswählen.
err-f-address = Bitte die Adresse vollständig angeben.
err-f-postal-code = Die Postleitzahl hat 5 Ziffern.
err-f-coordinates = Breiten- und Längengrad entweder beide leer lassen oder beide als Dezimalzahl angeben.
err-f-text = Der Text ist zu lang oder enthält Steuerzeichen.
err-f-website = Die Internetseite muss mit https:// oder http:// beginnen.
err-f-care-hours = Bitte Stundenzahlen von 1 bis 60 angeben, durch Komma getrennt.
err-f-tags = Stichworte: Buchstaben, Ziffern und Bindestriche, höchstens 20 Stichworte.
err-f-provider = Bitte einen Träger dieser Gemeinde wählen.
err-provider-taken = Einen Träger mit diesem Namen gibt es schon.
err-facility-taken = Eine Einrichtung mit diesem Namen gibt es schon.
err-l-from = Bitte ein Anfangsdatum angeben.
err-l-to = Das Enddatum ist ungültig oder liegt vor dem Anfangsdatum.
err-l-overlap = Dieser Zeitraum überschneidet sich mit einer bestehenden Betriebserlaubnis der Einrichtung.
err-l-reserved = Es können nicht mehr Plätze reserviert als genehmigt sein.
err-l-places = Bitte ganze Zahlen ab 0 angeben; mindestens eine Altersgruppe braucht Plätze.

nav-family = Meine Familie
family-title = Meine Familie
family-intro = Tragen Sie hier Ihre Kinder und die Sorgeberechtigten ein, so wie sie im Melderegister stehen. Mehr Angaben brauchen wir erst, wenn ein Betreuungsvertrag geschlossen wird.
family-children = Kinder
family-no-children = Noch keine Kinder eingetragen.
family-add-child = Kind eintragen
family-guardians = Sorgeberechtigte
family-no-guardians = Noch keine Sorgeberechtigten eingetragen.
family-add-guardian = Sorgeberechtigte Person eintragen
child-first_names = Vornamen (alle, wie im Melderegister)
child-last_name = Familienname
child-birth_date = Geburtsdatum
child-street = Straße (gemeldete Adresse)
child-house_number = Hausnummer
child-postal_code = Postleitzahl
child-city = Ort
child-born = geboren am { $date }
child-category-today = Altersgruppe heute
child-edit = Angaben ändern
err-person-name = Bitte einen Namen mit 1 bis 100 Zeichen eingeben.
err-birth-date = Bitte ein gültiges Geburtsdatum eingeben, nicht in der Zukunft und höchstens 14 Jahre zurück.

nav-applications = Anträge
a-list-title = Meine Anträge
a-none = Sie haben noch keinen Antrag gestellt.
a-new-title = Neuer Antrag
a-new-for = Antrag für { $name } stellen
a-no-children = Tragen Sie zuerst Ihr Kind ein.
a-child = Kind
a-kind = Was möchten Sie stellen?
a-kind-request = Betreuungsanfrage
a-kind-request-hint = Sie bewerben sich um einen Platz in bestimmten Einrichtungen, in der Reihenfolge Ihrer Wünsche.
a-kind-needs = Bedarfsmeldung
a-kind-needs-hint = Sie melden, dass Ihr Kind ab einem Datum Betreuung braucht. Damit sichern Sie den Rechtsanspruch (§ 24 SGB VIII). Wunsch-Einrichtungen sind freiwillig.
a-start = Gewünschter Beginn
a-hours = Betreuungszeit pro Woche
a-hours-none = keine Angabe
a-wishes = Wunsch-Einrichtungen
a-wishes-hint = Die erste Wahl zuerst. Jede Einrichtung nur einmal.
a-wish-n = { $n }. Wunsch
a-wish-none = – keine –
a-criteria = Trifft eines davon auf Ihre Familie zu?
a-consent = Einwilligung und Datenschutz
a-consent-accept = Ich habe den Text gelesen und stimme zu.
a-submit = Antrag absenden
a-entitlement = Rechtsanspruch ab
a-history = Verlauf
a-withdraw = Antrag zurückziehen
a-edit = Antrag ändern
event-submitted = Antrag eingegangen
event-edited = Antrag geändert
event-withdrawn_by_parent = Von Ihnen zurückgezogen
flash-submitted = Ihr Antrag ist eingegangen. Wir haben Ihnen eine Bestätigung per E-Mail geschickt.
flash-already-open = Für dieses Kind und dieses Kita-Jahr gibt es schon einen offenen Antrag. Sie können ihn hier ändern.
flash-not-editable = Dieser Antrag kann nicht mehr geändert werden.
flash-withdrawn = Der Antrag wurde zurückgezogen.
status-submitted = Eingegangen
status-submitted-explain = Ihr Antrag ist bei uns eingegangen und wird geprüft.
status-checked = Geprüft
status-checked-explain = Die Angaben sind geprüft. Der Antrag nimmt an der nächsten Platzvergabe teil.
status-needs_review = In Klärung
status-needs_review-explain = Wir müssen noch etwas klären und melden uns bei Ihnen.
status-in_allocation = In der Platzvergabe
status-in_allocation-explain = Das Jugendamt verteilt gerade die Plätze. Änderungen sind jetzt nicht möglich.
status-offered = Platzangebot
status-offered-explain = Sie haben ein Platzangebot erhalten. Bitte antworten Sie rechtzeitig.
status-accepted = Angenommen
status-accepted-explain = Sie haben das Angebot angenommen. Die Einrichtung meldet sich wegen des Vertrags.
status-contracted = Vertrag geschlossen
status-contracted-explain = Der Betreuungsvertrag ist geschlossen.
status-declined = Abgelehnt
status-declined-explain = Sie haben das Angebot abgelehnt.
status-expired = Angebot verfallen
status-expired-explain = Das Angebot wurde nicht rechtzeitig angenommen.
status-rejected = Warteliste
status-rejected-explain = In dieser Runde gab es keinen Platz. Ihr Antrag bleibt auf der Warteliste.
status-withdrawn = Zurückgezogen
status-withdrawn-explain = Der Antrag wurde zurückgezogen.
status-closed = Abgeschlossen
status-closed-explain = Der Antrag ist abgeschlossen.
mail-application-subject = Ihr Kita-Antrag
mail-application-body = Guten Tag,
    
    der Stand des Antrags für { $child } ist jetzt: { $status }.
    
    Einzelheiten: { $link }
err-a-start-invalid = Bitte ein gültiges Datum für den Beginn angeben.
err-a-start-past = Der Beginn darf nicht in der Vergangenheit liegen.
err-a-start-far = Der Beginn liegt zu weit in der Zukunft für eine Anmeldung.
err-a-no-category = Für dieses Kind gibt es zu diesem Datum keine passende Altersgruppe.
err-a-too-many = Zu viele Wunsch-Einrichtungen.
err-a-repeated = Jede Einrichtung darf nur einmal gewählt werden.
err-a-no-wish = Bitte mindestens eine Wunsch-Einrichtung wählen.
err-a-unknown-facility = Diese Einrichtung gehört nicht zu dieser Gemeinde.
err-a-no-places = { $name } hat zu diesem Datum keine Plätze für die Altersgruppe Ihres Kindes.
err-a-hours-missing = Bitte die Betreuungszeit pro Woche wählen.
err-a-hours-not-offered = { $name } bietet diese Betreuungszeit nicht an.
err-a-kind = Bitte Betreuungsanfrage oder Bedarfsmeldung wählen.
err-a-child = Bitte eines Ihrer Kinder wählen.
err-a-answers = Unbekannte Auswahl.
err-a-consent = Bitte stimmen Sie dem Text zu, sonst können wir den Antrag nicht bearbeiten.

nav-office-applications = Anträge
oa-title = Anträge
oa-status = Status
oa-kind = Art
oa-facility = Wunsch-Einrichtung
oa-month = Beginn im Monat
oa-late = nur verspätet eingegangene
oa-overdue = nur Bedarfsmeldungen mit überschrittenem Rechtsanspruch
oa-sort = Sortierung
oa-sort-submitted = neueste zuerst
oa-sort-start = frühester Beginn zuerst
oa-sort-child = nach Familienname
oa-count = { $total } Anträge
oa-export-csv = als CSV herunterladen
oa-export-xlsx = als Excel herunterladen
oa-flags = Hinweise
oa-flag-late = verspätet
oa-flag-paper = Papierantrag
oa-pages = Seiten
oa-prev = vorherige Seite
oa-next = nächste Seite
oa-page-of = Seite { $page } von { $pages }
oa-points = Punkte aus Kriterien
oa-points-n = { $n } Punkte
oa-entitlement-passed = Rechtsanspruch besteht bereits, noch kein Angebot
x-kind = Art
x-status = Status
x-first-names = Vornamen
x-last-name = Familienname
x-birth-date = Geburtsdatum
x-start = Beginn
x-category = Altersgruppe
x-hours = Stunden pro Woche
x-wishes = Wünsche
x-submitted = Eingang
x-late = Verspätet
x-origin = Herkunft
x-entitlement = Rechtsanspruch ab
x-yes = ja
x-no = nein
x-sheet = Anträge

nav-rules = Vergaberegeln
rules-title = Regeln für Anträge
rules-criteria = Vergabekriterien
rules-criteria-intro = Jedes Kriterium wird Eltern als Ja/Nein-Frage gestellt. Die Punkte zählen bei der zentralen Vergabe.
rules-label = Frage
rules-help = Erläuterung (optional)
rules-active = wird gefragt
rules-inactive = abgeschaltet
rules-activate = Einschalten
rules-deactivate = Abschalten
rules-consent = Einwilligungstext
rules-consent-version = Aktuelle Fassung: Version { $version }. Eine Änderung erzeugt eine neue Version; bisherige Zustimmungen bleiben der alten Version zugeordnet.
rules-consent-text = Text
rules-consent-publish = Als neue Version veröffentlichen
rules-deadlines = Anmeldefristen
rules-deadline-line = Kita-Jahr { $year }/{ $next }: bis { $date }
rules-kita-year = Kita-Jahr (Beginn, z. B. 2027 für 2027/28)
rules-deadline = Anmeldefrist
err-points = Bitte eine ganze Zahl von 0 bis 10000 eingeben.
err-consent-text = Bitte einen Text mit höchstens 10000 Zeichen eingeben.
err-deadline = Bitte Kita-Jahr und Datum angeben.

paper-title = Papierantrag erfassen
paper-intro = Für Familien ohne Internet: Erfassen Sie den Antrag vom Papierformular. Die Familie erhält einen Aktivierungscode, mit dem sie den Antrag später in einem eigenen Konto übernehmen kann.
paper-submit = Antrag erfassen
paper-done-title = Papierantrag erfasst
paper-done-text = Geben Sie der Familie diesen Aktivierungscode (gültig { $days } Tage, nur einmal verwendbar). Er wird nicht noch einmal angezeigt.
paper-code = Aktivierungscode
paper-open = Antrag öffnen
paper-another = Weiteren Papierantrag erfassen
claim-title = Papierantrag übernehmen
claim-intro = Sie haben einen Antrag auf Papier gestellt und einen Aktivierungscode erhalten? Geben Sie ihn hier ein. Ihr Kind und der Antrag erscheinen dann in Ihrem Konto.
claim-submit = Code einlösen
claim-link = Papierantrag mit Aktivierungscode übernehmen
err-claim-unknown = Dieser Code ist uns nicht bekannt. Bitte prüfen Sie die Eingabe (10 Zeichen).
flash-claimed = Der Papierantrag ist jetzt in Ihrem Konto.
users-provider = Träger
users-provider-hint = Nur für die Rolle „Träger-Verwaltung“: die Einrichtungen dieses Trägers darf die Person pflegen.
oa-days-open = Offen seit
oa-days-n = { $n } Tagen
# Register check and duplicates
nav-review = Prüfliste
nav-ewo = Melderegister
review-title = Prüfliste: Melderegister und Dubletten
review-pending = { $n ->
    [one] Eine Registerprüfung steht noch aus.
   *[other] { $n } Registerprüfungen stehen noch aus.
}
review-register = Nicht oder nicht eindeutig im Melderegister
review-none = Nichts zu prüfen.
review-duplicates = Mögliche Dubletten
review-pair-title = Übereinstimmung { $score } %
review-field = Angabe
review-record-a = Antrag A
review-record-b = Antrag B
review-address = Anschrift
review-open = Antrag
review-open-a = Antrag A öffnen
review-open-b = Antrag B öffnen
review-merge-keep-a = Zusammenführen, A behalten
review-merge-keep-b = Zusammenführen, B behalten
review-distinct = Nicht dasselbe Kind
review-cross = Mögliche Doppelanmeldung in einer anderen Gemeinde
review-cross-hint = Die andere Gemeinde sieht denselben Hinweis. Daten der anderen Gemeinde werden nicht angezeigt; klären Sie den Fall bei Bedarf mit ihr oder den Eltern.
review-cross-in = Mögliche Doppelanmeldung in { $name }
review-cross-dismiss = Geprüft
dup-duplicate = sehr wahrscheinlich dasselbe Kind
dup-review = bitte prüfen
dup-source-register = gleiche Person im Melderegister
reg-status = Melderegister
reg-pending = Prüfung ausstehend
reg-resident = In der Gemeinde gemeldet
reg-not_found = Nicht gemeldet (Fremdgemeindekind?)
reg-ambiguous = Mehrere mögliche Personen
reg-unchecked = Kein Melderegister angebunden
reg-out_of_town_approved = Fremdgemeindekind zugelassen
reg-out_of_town_rejected = Fremdgemeindekind abgelehnt
reg-retry = Register nicht erreichbar, { $n }. Versuch gescheitert; nächster Versuch { $at }
reg-note = Begründung
reg-move-in = Geplanter Zuzug
reg-decide = Entscheidung
reg-decide-resident = Das Kind ist in der Gemeinde gemeldet (geprüft)
reg-decide-approve = Als Fremdgemeindekind zulassen (z. B. Zuzug)
reg-decide-reject = Nicht zulassen; der Antrag wird abgeschlossen
reg-reason = Begründung (Pflichtangabe)
reg-move-in-date = Geplantes Zuzugsdatum
reg-move-in-hint = Nur bei Zulassung wegen eines Zuzugs.
reg-decide-submit = Entscheidung speichern
oa-checks = Prüfungen
oa-open-pairs = { $n ->
    [one] eine mögliche Dublette
   *[other] { $n } mögliche Dubletten
}
oa-merged-into = Zusammengeführt mit
oa-merged-link = weitergeführtem Antrag
ewo-title = Melderegister
ewo-intro = Anträge werden im Hintergrund mit dem Melderegister abgeglichen: Wohnsitz, Fremdgemeindekinder und Dubletten. Eltern warten nie darauf; ist das Register nicht erreichbar, wird die Prüfung später wiederholt.
ewo-configured = Ein Melderegister ist angebunden.
ewo-not-configured = Kein Melderegister angebunden: Anträge werden nur auf Dubletten geprüft.
ewo-kind = Verfahren
ewo-kind-meso = MESO (HSH)
ewo-kind-ok_ewo = OK.EWO (AKDB, über OK.KOMM)
ewo-endpoint = Adresse des Registers (URL)
ewo-username = Benutzername
ewo-password = Passwort
ewo-password-stored = Ein Passwort ist gespeichert; es wird nicht angezeigt. Leer lassen, um es zu behalten.
ewo-password-none = Kein Passwort gespeichert.
ewo-clear-password = Gespeichertes Passwort löschen
ewo-timeout = Zeitlimit je Abfrage (Sekunden)
ewo-remove = Anbindung entfernen
ewo-log = Protokoll der Abfragen
ewo-log-at = Zeitpunkt
ewo-log-reference = Aktenzeichen
ewo-log-procedure = Verfahren
ewo-log-result = Ergebnis
ewo-log-duration = Dauer
lookup-found = gefunden
lookup-not_found = nicht gefunden
lookup-ambiguous = mehrdeutig
lookup-refused = abgelehnt (Nichterstellung)
lookup-unavailable = nicht erreichbar
err-register-kind = Bitte wählen Sie ein Verfahren.
err-register-endpoint = Bitte geben Sie eine https-Adresse an (http nur für diesen Rechner, z. B. den Simulator).
err-register-username = Der Benutzername ist zu lang oder enthält Steuerzeichen.
err-register-timeout = Bitte geben Sie eine Zahl von 1 bis 120 an.
err-decision-reason = Bitte geben Sie eine Begründung an (höchstens 500 Zeichen).
err-move-in-date = Das Zuzugsdatum ist ungültig oder passt nicht zur Entscheidung.
err-already-decided = Das wurde bereits entschieden.
flash-merged = Die Anträge sind zusammengeführt. Der Verlauf beider Anträge bleibt erhalten.
event-register_resident = Wohnsitz bestätigt
event-register_not_found = Wohnsitz wird geklärt
event-register_ambiguous = Wohnsitz wird geklärt
event-check_completed = Angaben geprüft
event-duplicate_suspected = Wird auf doppelte Anmeldung geprüft
event-register_confirmed = Wohnsitz bestätigt
event-out_of_town_approved = Als auswärtiges Kind zugelassen
event-out_of_town_rejected = Als auswärtiges Kind nicht zugelassen
event-duplicate_distinct = Klärung abgeschlossen
event-duplicate_merged = Mit einem weiteren Antrag für dasselbe Kind zusammengeführt
event-merged_into = Mit einem anderen Antrag für dasselbe Kind zusammengeführt
event-merged_from = Ein weiterer Antrag für dasselbe Kind wurde hier übernommen
nav-allocation = Vergabe
alloc-title = Zentrale Vergabe
alloc-intro = Legen Sie eine Vergaberunde an, lassen Sie Probeläufe rechnen und vergleichen Sie sie. Erst mit dem Veröffentlichen erhalten Familien Zusagen oder einen Wartelistenbescheid.
alloc-rounds = Vergaberunden
alloc-no-rounds = Noch keine Vergaberunde.
alloc-name = Bezeichnung
alloc-start = Stichtag (Beginn)
alloc-start-hint = Die freien Plätze werden zu diesem Tag berechnet: genehmigte Plätze abzüglich reservierter, vergebener und angebotener Plätze.
alloc-created = Angelegt
alloc-published = veröffentlicht
alloc-published-at = Veröffentlicht am { $at }
alloc-draft = In Vorbereitung
alloc-new = Neue Vergaberunde
alloc-categories = Altersgruppen
alloc-kinds = Antragsarten
alloc-months = Gewünschter Beginn
alloc-month-from = Gewünschter Beginn ab (Monat)
alloc-month-to = Gewünschter Beginn bis (Monat)
alloc-create = Runde anlegen
alloc-what-if = Probelauf rechnen
alloc-what-if-hint = Ein Probelauf ändert nichts an den Anträgen. Er wird nur im Vergabeprotokoll gespeichert.
alloc-what-if-note = Dies ist ein Probelauf. Familien sehen nichts davon, bis Sie ihn veröffentlichen.
alloc-runs = Läufe
alloc-run = Lauf
alloc-run-n = Lauf { $n }
alloc-no-runs = Noch kein Lauf.
alloc-input-hash = Prüfsumme der Eingabe
alloc-compare = Läufe vergleichen
alloc-compare-a = Lauf links
alloc-compare-b = Lauf rechts
alloc-changed = { $n } Kinder haben in den beiden Läufen ein unterschiedliches Ergebnis.
alloc-summary-title = Überblick
alloc-summary = { $placed } von { $children } Kindern erhalten einen Platz, { $unplaced } bleiben ohne Platz.
alloc-this-published = Dieser Lauf wurde veröffentlicht.
alloc-publish = Veröffentlichen und Bescheide versenden
alloc-publish-hint = Familien mit Platz erhalten eine Zusage mit Antwortfrist, die anderen einen Wartelistenbescheid. Ein zweiter Klick versendet nichts doppelt.
alloc-chart-title = Welchen Wunsch die Kinder erhielten
alloc-wish-n = { $n }. Wunsch
alloc-unplaced = Ohne Platz
alloc-result = Ergebnis
alloc-children = Kinder
alloc-slots = Plätze je Einrichtung und Altersgruppe
alloc-capacity = Freie Plätze
alloc-placed = Vergeben
alloc-fill = Auslastung
alloc-first-wishes = Erstwünsche
alloc-unplaced-children = Kinder ohne Platz
alloc-reasons = Gründe je Wunsch
alloc-no-wishes = Keine Wunsch-Einrichtung angegeben.
alloc-all-placed = Alle Kinder dieser Runde erhalten einen Platz.
alloc-reason-full = alle Plätze an Kinder mit mindestens { $cutoff } Punkten vergeben
alloc-reason-no-capacity = keine freien Plätze dieser Altersgruppe
alloc-reason-unknown = nimmt an der Runde nicht teil
alloc-reason-sibling = zugunsten gemeinsamer Betreuung der Geschwister
alloc-siblings = Geschwister
alloc-group-together = Gemeinsam untergebracht
alloc-group-split = Getrennt untergebracht (bitte prüfen)
alloc-group-unplaced = Mindestens ein Geschwisterkind ohne Platz
alloc-log = Vergabeprotokoll
alloc-criteria-version = Version des Punktekatalogs
alloc-engine = Version des Verfahrens
alloc-lottery = Prüfsumme der Losnummern
alloc-seconds = Rechenzeit
alloc-stability = Stabilität
alloc-stable = Stabil: kein Kind hat Anspruch auf einen Platz, der an ein Kind mit geringerer Priorität ging.
alloc-envy = { $n ->
    [one] Ein Fall, in dem ein Kind einen besser gewünschten Platz beanspruchen könnte.
   *[other] { $n } Fälle, in denen ein Kind einen besser gewünschten Platz beanspruchen könnte.
}
err-round-name = Bitte eine Bezeichnung angeben (höchstens 120 Zeichen).
err-round-start = Bitte einen gültigen Stichtag angeben.
err-round-categories = Bitte mindestens eine Altersgruppe wählen.
err-round-kinds = Bitte mindestens eine Antragsart wählen.
err-round-months = Bitte einen gültigen Zeitraum angeben (Beginn nicht nach dem Ende).
flash-published = Veröffentlicht. Die Bescheide werden verschickt.
err-already-published = Diese Runde ist bereits veröffentlicht. Es wurde nichts erneut verschickt.
err-run-outdated = Seit diesem Lauf haben sich die freien Plätze geändert. Bitte rechnen Sie einen neuen Probelauf.
cat-short-U2 = U2
cat-short-U3 = U3
cat-short-UE3 = Ü3
cat-short-HORT = Hort
offer-title = Ihr Platzangebot
offer-status = Stand
offer-open = Offen – bitte antworten Sie
offer-accepted = Angenommen
offer-declined = Abgelehnt
offer-expired = Frist abgelaufen
offer-lapsed = Platz inzwischen vergeben
offer-withdrawn = Zurückgenommen
offer-deadline = Bitte antworten Sie bis zum { $deadline }.
offer-accept = Platz annehmen
offer-decline = Platz ablehnen
flash-offer-accepted = Sie haben den Platz angenommen. Die Einrichtung meldet sich wegen des Betreuungsvertrags.
flash-offer-declined = Sie haben den Platz abgelehnt. Er wird in der nächsten Runde neu vergeben.
err-offer-not-open = Dieses Angebot ist nicht mehr offen.
err-offer-place-gone = Leider wurde der letzte Platz gerade vergeben. Ihr Antrag bleibt auf der Warteliste.
expl-title = Wie die Vergabe entschieden hat
expl-first-wish = Ihr Kind erhält einen Platz in seiner ersten Wunsch-Einrichtung: { $facility }.
expl-placed = Ihr Kind erhält einen Platz in { $facility }. Zu den Einrichtungen, die Sie weiter oben gewünscht hatten:
expl-unplaced = In dieser Runde gab es für Ihr Kind keinen Platz in den gewünschten Einrichtungen:
expl-full = { $facility }: { $capacity ->
    [one] der einzige { $category }-Platz ging an ein Kind
   *[other] alle { $capacity } { $category }-Plätze gingen an Kinder
} mit mindestens { $cutoff } Punkten; Ihre Anfrage hatte { $points } Punkte.
expl-full-tie = { $facility }: { $capacity ->
    [one] der einzige { $category }-Platz ist vergeben.
   *[other] alle { $capacity } { $category }-Plätze sind vergeben.
} Ihre Anfrage hatte mit { $points } Punkten genauso viele wie die letzten aufgenommenen Kinder; unter ihnen hat die Losnummer entschieden.
expl-no-capacity = { $facility }: zum Beginn gab es dort keine freien { $category }-Plätze.
expl-sibling = { $facility }: Damit Geschwister gemeinsam betreut werden, wurde dieser Wunsch zurückgestellt.
expl-unknown = { $facility }: Diese Einrichtung hat an der Vergabe nicht teilgenommen.
event-offered = Platzangebot erhalten
event-no_place_this_round = Kein Platz in dieser Runde – auf der Warteliste
event-place_taken_meanwhile = Der Platz wurde inzwischen vergeben – auf der Warteliste
event-accepted_by_parent = Platzangebot angenommen
event-declined_by_parent = Platzangebot abgelehnt
event-closed_other_accepted = Abgeschlossen, weil ein anderes Angebot angenommen wurde
event-offer_expired = Antwortfrist abgelaufen
mail-offer-subject = Platzangebot für Ihr Kind
mail-offer-body = Guten Tag,
    
    für { $child } bieten wir Ihnen einen Platz in { $facility } an.
    Bitte nehmen Sie das Angebot bis zum { $deadline } an oder lehnen Sie es ab: { $link }
    
    Ohne Antwort verfällt das Angebot, und der Platz wird neu vergeben.
mail-reminder-subject = Erinnerung: Platzangebot für Ihr Kind
mail-reminder-body = Guten Tag,
    
    das Platzangebot für { $child } in { $facility } gilt noch bis zum { $deadline }.
    Bitte antworten Sie rechtzeitig: { $link }
nav-allocation-settings = Vergabe-Einstellungen
alloc-settings-title = Einstellungen der Zentralen Vergabe
alloc-settings-intro = Zusätzlich zu den Punkten der Vergabekriterien erhält ein Kind in einzelnen Einrichtungen Bonuspunkte. Harte Vorränge drücken Sie durch hohe Punktzahlen aus. Bei gleicher Punktzahl entscheidet die Losnummer, die jedem Antrag beim Eingang einmal zugelost wird.
alloc-bonuses = Bonuspunkte je Einrichtung
alloc-bonus_sibling = Geschwisterkind hat dort bereits einen Platz
alloc-bonus_own_krippe = Eigenes Krippenkind wechselt in den Ü3-Bereich
alloc-bonus_catchment = Wohnt im Einzugsgebiet der Einrichtung
alloc-bonus_staff = Ein Elternteil arbeitet in der Einrichtung
alloc-offer-days = Antwortfrist für Platzangebote (Tage)
err-bonus-points = Bitte eine ganze Zahl von 0 bis 100.000 angeben.
err-offer-days = Bitte eine Frist von 3 bis 60 Tagen angeben.
alloc-facts = Angaben für die Vergabe
alloc-current-facility = Besucht derzeit
alloc-current-hint = Bei einem Wechsel bleibt der bisherige Platz als letzter Wunsch erhalten; ein Krippenkind erhält für den Ü3-Bereich derselben Einrichtung den Bonus.
alloc-staff-facility = Ein Elternteil arbeitet in
offer-title-office = Platzangebot
offer-deadline-short = Frist { $deadline }
fac-catchment = Einzugsgebiet
fac-catchment-label = Postleitzahlen und Straßen im Einzugsgebiet
fac-catchment-hint = Eine Postleitzahl oder ein Straßenname je Zeile. Kinder, die hier wohnen, erhalten in dieser Einrichtung den Einzugsgebiet-Bonus der Vergabe.
err-catchment = Höchstens 2.000 Zeilen mit je höchstens 100 Zeichen.

## Review before publishing: adjustments by hand, confirmations by facility leads
alloc-reason-manual = vom Jugendamt von Hand anders vergeben
expl-manual = { $facility }: Das Jugendamt hat diesen Platz nach Prüfung des Einzelfalls anders vergeben.
err-unconfirmed = Noch nicht alle vorgeschlagenen Plätze sind von den Einrichtungen bestätigt. Senden Sie den Vorschlag zur Bestätigung und warten Sie die Antworten ab.
flash-adjusted = Die Änderung ist gespeichert; Kapazität und Stabilität wurden neu geprüft.
err-adjust-input = Die Angaben zur Änderung sind unvollständig.
err-reason-required = Bitte geben Sie eine Begründung an (höchstens 1000 Zeichen).
err-adjust-child = Dieses Kind nimmt an diesem Lauf nicht teil.
err-adjust-facility = Diese Einrichtung nimmt an diesem Lauf nicht teil.
err-adjust-not-wished = Die Eltern haben diese Einrichtung nicht gewünscht. Kinder werden nur in gewünschte Einrichtungen verschoben.
err-adjust-full = Dort ist in dieser Altersgruppe kein Platz mehr frei.
err-adjust-hold = So viele Plätze können nicht zurückgehalten werden: Sie sind bereits Kindern vorgeschlagen.
err-adjust-no-change = Damit würde sich nichts ändern.
flash-sent-for-review = Der Vorschlag ist an die Einrichtungsleitungen zur Bestätigung gesendet.
flash-place-confirmed = Bestätigt.
flash-place-rejected = Abgelehnt. Das Jugendamt sieht Ihre Begründung.
lead-sent = Dieser Vorschlag liegt den Einrichtungsleitungen zur Bestätigung vor. { $n ->
    [0] Alle Plätze sind bestätigt.
    [one] Ein Platz ist noch nicht bestätigt.
   *[other] { $n } Plätze sind noch nicht bestätigt.
}
lead-send-hint = Die Einrichtungsleitungen sehen die für ihre Einrichtung vorgeschlagenen Kinder und bestätigen oder lehnen sie mit Begründung ab.
lead-required = In Ihrer Gemeinde müssen alle Plätze vor dem Veröffentlichen bestätigt sein.
lead-send = Zur Bestätigung an die Einrichtungen senden
alloc-proposal = Vorgeschlagene Plätze
alloc-wish = Wunsch
lead-answer = Antwort der Einrichtung
alloc-moved = von Hand geändert
lead-confirmed = bestätigt
lead-rejected = abgelehnt
lead-pending = offen
alloc-envy-title = Prüfung nach den Änderungen
alloc-envy-case = { $child } hat mehr Anspruch auf { $facility } als { $other }.
alloc-envy-free = { $child } hat Anspruch auf einen freien Platz in { $facility }.
adjust-title = Änderungen von Hand
adjust-move-line = { $child } → { $facility }
adjust-unplace-line = { $child }: kein Platz
adjust-hold-line = { $n ->
    [one] 1 Platz
   *[other] { $n } Plätze
} { $category } in { $facility } zurückgehalten
adjust-reason = Begründung
adjust-none = Keine Änderungen von Hand.
adjust-move = Kind verschieben
adjust-child = Kind
adjust-to = Neuer Platz
adjust-no-place = kein Platz
adjust-move-submit = Verschieben
adjust-hold = Plätze zurückhalten
adjust-places = Anzahl Plätze (0 gibt sie wieder frei)
adjust-hold-submit = Zurückhalten
alloc-held = { $n } zurückgehalten
alloc-confirmation-required = Einrichtungsleitungen müssen jeden vorgeschlagenen Platz vor dem Veröffentlichen bestätigen
proposals-title = Platzvorschläge
proposals-intro = Das Jugendamt schlägt diese Kinder für Ihre Einrichtung vor. Bitte bestätigen oder lehnen Sie jeden Vorschlag mit einer Begründung ab.
proposals-no-facility = Ihrem Konto ist noch keine Einrichtung zugeordnet. Bitte wenden Sie sich an die Verwaltung Ihrer Gemeinde.
proposals-none = Zurzeit liegen keine Vorschläge für Ihre Einrichtung vor.
proposals-round = Vergaberunde
lead-confirm = Bestätigen
lead-reject = Ablehnen
nav-proposals = Platzvorschläge
users-facility = Einrichtung
users-facility-hint = Nur für Einrichtungsleitung und Einrichtungspersonal: die Einrichtung, in der die Person arbeitet.
err-users-facility = Bitte wählen Sie die Einrichtung, in der die Person arbeitet.
lead-missing = keine Einrichtungsleitung im Portal (keine Bestätigung nötig)
job-title = Vergabelauf wird berechnet
job-queued = Der Lauf wartet auf den Start.
job-running = Der Lauf wird berechnet.
job-progress = Schritt { $done } von { $total }
job-refresh = Diese Seite aktualisiert sich selbst. Sie können sie auch verlassen; das Ergebnis erscheint in der Runde.
job-failed = Der Lauf konnte nicht berechnet werden. Der Fehler ist im Betriebsprotokoll vermerkt; bitte versuchen Sie es später erneut oder wenden Sie sich an den Betrieb.
job-back = Zurück zur Runde
letters-title = Bescheide
nav-letters = Bescheide
letters-admin-title = Vorlagen für Bescheide
letters-admin-intro = Aus diesen Vorlagen entstehen die Bescheide der Vergabe als PDF. Sie werden per E-Mail verschickt und beim Antrag des Kindes abgelegt. Jede gespeicherte Änderung ist eine neue Version.
letters-kind = Bescheid
letters-version = Verwendete Fassung
letters-version-n = Version { $n } vom { $at }
letters-built-in = Mitgelieferter Text (noch nicht bearbeitet)
letters-in-use = In Gebrauch: Version { $n }
letters-subject = Betreff
letters-body = Text
letters-body-hint = Eine Leerzeile beginnt einen neuen Absatz. Variablen in doppelten geschweiften Klammern werden beim Versand ersetzt.
letters-preview = Vorschau als PDF (mit Beispieldaten)
letters-save = Als neue Version speichern
letters-variables = Verfügbare Variablen
letters-variable = Variable
letters-meaning = Bedeutung
letters-rules = Erlaubt sind Variablen, Filter wie upper und Bedingungen mit if / elif / else / endif. Schleifen, Einbindungen und Funktionen sind aus Sicherheitsgründen gesperrt.
letters-history = Frühere Versionen
letter-kind-offer = Zusage (Platzangebot)
letter-kind-waiting_list = Warteliste (kein Platz in dieser Runde)
letter-var-municipality = Name der Gemeinde
letter-var-child-first-names = Vornamen des Kindes
letter-var-child-last-name = Familienname des Kindes
letter-var-birth-date = Geburtsdatum des Kindes
letter-var-facility = angebotene Einrichtung (leer bei Warteliste)
letter-var-start-date = Beginn der Betreuung
letter-var-weekly-hours = Betreuungsstunden pro Woche, wie beantragt
letter-var-deadline = Antwortfrist (leer bei Warteliste)
letter-var-round = Name der Vergaberunde
letter-var-today = Datum des Bescheids
letter-var-portal-link = Link zum Antrag im Elternportal
flash-letter-saved = Die Vorlage ist als neue Version gespeichert.
err-letter-concurrent = Gleichzeitig wurde eine andere Version gespeichert. Bitte prüfen Sie den Text und speichern Sie erneut.
err-letter-empty = Betreff und Text dürfen nicht leer sein.
err-letter-too-long = Betreff oder Text ist zu lang (höchstens 20 000 Zeichen).
err-letter-statement = „{ $statement }“ ist in Bescheid-Vorlagen nicht erlaubt. Erlaubt sind nur if, elif, else und endif.
err-letter-invalid = Die Vorlage lässt sich nicht verwenden: { $message }

## Contracts (Betreuungsverträge)
nav-contracts = Verträge
contracts-title = Betreuungsverträge
contracts-intro = Verträge entstehen aus angenommenen Platzangeboten oder werden für Kinder angelegt, die schon betreut werden. Ein Kind kann zu jedem Zeitpunkt nur einen unterschriebenen Vertrag haben.
contracts-new = Vertrag für ein betreutes Kind anlegen
contracts-import = Bestandskinder importieren
contracts-awaiting = Angenommene Angebote ohne Vertrag
contracts-awaiting-none = Keine angenommenen Angebote warten auf einen Vertrag.
contracts-draft-from-offer = Vertragsentwurf anlegen
contracts-list = Verträge
contracts-none = Noch keine Verträge.
contracts-back = Zurück zu den Verträgen
contract-title = Betreuungsvertrag
contract-facility = Einrichtung
contract-child = Kind
contract-actions = Aktionen
contract-status = Status
contract-status-draft = Entwurf
contract-status-signed = unterschrieben
contract-status-ended = beendet
contract-origin = Herkunft
contract-origin-offer = aus Platzangebot
contract-origin-direct = direkt angelegt
contract-origin-import = Import
contract-end = Ende (letzter Betreuungstag)
contract-open-ended = unbefristet
contract-external-id = Kennung der Einrichtungssoftware
contract-new-intro = Für ein Kind, das die Einrichtung schon betreut oder das ohne Vergabe aufgenommen wird. Der Vertrag wird als Entwurf gespeichert und gilt erst nach der Unterschrift.
contract-guardian = Sorgeberechtigte Person
contract-terms = Vertrag
contract-f-first_names = Vorname(n)
contract-f-last_name = Nachname
contract-f-birth_date = Geburtsdatum
contract-f-street = Straße
contract-f-house_number = Hausnummer
contract-f-postal_code = PLZ
contract-f-city = Ort
contract-f-start_date = Beginn
contract-f-end_date = Ende (optional, letzter Betreuungstag)
contract-f-weekly_hours = Stunden pro Woche
contract-save-draft = Entwurf speichern
contract-sign = Vertrag als unterschrieben erfassen
contract-sign-hint = Erst mit der Unterschrift belegt der Vertrag den Platz. Überschneidet er sich mit einem anderen unterschriebenen Vertrag des Kindes, wird er abgelehnt.
contract-change-hours = Stunden ändern
contract-valid-from = gilt ab
contract-save-change = Änderung speichern
contract-change-end = Ende ändern
contract-end-hint = Leer lassen für unbefristet. Frühere Angaben bleiben in der Historie.
contract-terminate = Vertrag beenden
contract-last-day = Letzter Betreuungstag
contract-history = Historie
contract-recorded = Erfasst
contract-change = Änderung
contract-v-hours = { $hours } Stunden pro Woche ab { $from }
contract-v-end = Ende am { $date }
contract-v-open = unbefristet
contract-reason-created = bei Anlage
contract-reason-changed = geändert
contract-reason-ended = beendet
contract-err-facility = Bitte eine Einrichtung wählen.
contract-err-name = Bitte die Namen angeben.
contract-err-birth-date = Bitte ein gültiges Geburtsdatum angeben.
contract-err-address = Bitte die Anschrift vollständig angeben (PLZ mit fünf Ziffern).
contract-err-start = Bitte einen gültigen Beginn angeben.
contract-err-end = Das Ende muss ein gültiges Datum am oder nach dem Beginn sein.
contract-err-hours = Bitte die Stunden pro Woche als ganze Zahl von 1 bis 60 angeben.
contract-err-overlap = Das Kind hat in diesem Zeitraum schon einen unterschriebenen Vertrag.
contract-err-state = In diesem Status ist das nicht möglich.
contract-err-outside = Das Datum liegt außerhalb der Vertragslaufzeit.
contract-err-offer-gone = Das Platzangebot zu diesem Entwurf gilt nicht mehr (zurückgezogen oder verfallen); der Vertrag kann so nicht unterschrieben werden.
contract-err-use-offer = Für dieses Kind gibt es ein angenommenes Platzangebot. Bitte legen Sie den Vertrag aus dem Angebot an (Liste oben auf der Vertragsseite).

## Bestandskinder import
import-intro = Laden Sie eine CSV-Datei (UTF-8, Trennzeichen Semikolon oder Komma) oder eine XLSX-Datei mit einer Kopfzeile hoch. Zuerst wird jede Zeile geprüft; importiert wird erst, wenn alle Zeilen fehlerfrei sind – und dann alle zusammen oder keine.
import-columns = Spalten
import-column = Spalte
import-required = Pflicht
import-meaning = Inhalt
import-col-einrichtung = Name der Einrichtung wie im Portal
import-col-vorname = Vorname(n) des Kindes
import-col-nachname = Nachname des Kindes
import-col-geburtsdatum = Geburtsdatum (TT.MM.JJJJ oder JJJJ-MM-TT)
import-col-strasse = Straße
import-col-hausnummer = Hausnummer
import-col-plz = Postleitzahl (fünf Ziffern)
import-col-ort = Ort
import-col-sorgeberechtigt_vorname = Vorname einer sorgeberechtigten Person
import-col-sorgeberechtigt_nachname = Nachname einer sorgeberechtigten Person
import-col-beginn = Vertragsbeginn
import-col-ende = Vertragsende (letzter Betreuungstag), leer für unbefristet
import-col-wochenstunden = Gebuchte Stunden pro Woche (1–60)
import-col-externe_id = Kennung des Vertrags in der Einrichtungssoftware (optional, eindeutig)
import-file = Datei (CSV oder XLSX)
import-check = Datei prüfen
import-report = Prüfbericht
import-status-uploaded = Geprüft, noch nicht importiert.
import-status-queued = Der Import läuft …
import-status-done = Importiert.
import-status-failed = Der Import ist fehlgeschlagen; es wurde nichts übernommen.
import-done = { $count } Verträge wurden übernommen.
import-failed = Grund:
import-failed-other = Ein technischer Fehler ist aufgetreten. Bitte laden Sie die Datei erneut hoch; hält der Fehler an, wenden Sie sich an den Betrieb.
import-unreadable = Die Datei kann nicht gelesen werden. Bitte eine CSV-Datei (UTF-8) oder XLSX-Datei hochladen.
import-bad-header = Die Kopfzeile passt nicht.
import-missing = Es fehlt die Spalte
import-unknown = Unbekannte Spalte
import-summary = { $rows } Zeilen, davon { $valid } fehlerfrei; { $errors } Probleme.
import-errors = Probleme je Zeile
import-line = Zeile
import-problem = Problem
import-fix-and-retry = Bitte die Datei korrigieren und erneut hochladen. Importiert wird nur eine Datei ohne Fehler.
import-run = { $count } Verträge importieren
import-another = Andere Datei hochladen
import-not-importable = Diese Datei kann nicht importiert werden: Sie hat Fehler, keine Zeilen oder wird schon importiert.
import-queued = Der Import ist gestartet.
import-err-einrichtung = Einrichtung unbekannt (oder nicht in Ihrer Zuständigkeit)
import-err-vorname = Vorname fehlt oder ist ungültig
import-err-nachname = Nachname fehlt oder ist ungültig
import-err-geburtsdatum = Geburtsdatum ungültig
import-err-strasse = Anschrift unvollständig
import-err-plz = Postleitzahl ungültig
import-err-sorgeberechtigt_vorname = Vorname der sorgeberechtigten Person fehlt
import-err-sorgeberechtigt_nachname = Nachname der sorgeberechtigten Person fehlt
import-err-beginn = Beginn ungültig
import-err-ende = Ende ungültig oder vor dem Beginn
import-err-wochenstunden = Stunden pro Woche ungültig (1–60)
import-err-externe_id = Kennung doppelt oder ungültig
import-err-overlap = Überschneidet sich mit einem anderen Vertrag dieses Kindes
import-err-use_offer = Das Kind hat ein angenommenes Platzangebot – Vertrag bitte aus dem Angebot anlegen

## Planning (occupancy, forecast, coverage)
nav-planning = Planung
plan-title = Belegung und Bedarfsplanung
plan-occupancy = Belegung am { $date }
plan-date = Stichtag
plan-show = Anzeigen
plan-licensed = Plätze lt. Betriebserlaubnis
plan-reserved = davon reserviert
plan-confirmed = Belegt (Verträge)
plan-planned = Geplant (mit angenommenen Angeboten)
plan-free = Frei (geplant)
plan-overbooked = überbelegt
plan-forecast = Vorschau für 24 Monate
plan-forecast-intro = Jeder Monat wird zum Monatsersten gerechnet. Offener Bedarf sind Betreuungsanfragen und Bedarfsmeldungen ab ihrem gewünschten Beginn. Der Bedarf ist die geplante Belegung plus der offene Bedarf – oder, wo Geburtsjahrgänge hochgeladen sind, die Prognose aus den Jahrgängen und Versorgungsquoten. Monate, in denen der Bedarf die Plätze übersteigt, sind markiert.
plan-chart-caption = Plätze und Bedarf je Altersgruppe; die Zahlen stehen in den Tabellen darunter.
plan-table-caption = Monatswerte
plan-month = Monat
plan-capacity = Plätze
plan-demand = Offener Bedarf
plan-projected = Prognose aus Jahrgängen
plan-coverage = Versorgung
plan-shortfall = Bedarf übersteigt Plätze
plan-switching = Wechsel der Altersgruppe (zu/ab)
plan-ageing-out = Scheiden altersbedingt aus
plan-ending = Verträge enden
plan-when-free = Wann wird ein Platz frei?
plan-wished = Wunsch-Einrichtungen (keine Auswahl: alle)
plan-ask = Ersten freien Monat suchen
plan-first-free = Erster Monat mit freiem Platz
plan-not-within = nicht innerhalb von 24 Monaten
plan-overdue = Offene Bedarfsmeldungen nach dem Anspruchsdatum
plan-overdue-none = Keine offene Bedarfsmeldung hat ihr Anspruchsdatum überschritten.
plan-entitled-since = Anspruch seit
plan-facility-title = Belegungsvorschau: { $name }
plan-facility-intro = Plätze, Belegung und Bewegungen der nächsten 24 Monate.
plan-back = Zurück zur Planung
plan-coverage-title = Versorgung je Altersgruppe und Planungsraum
plan-coverage-cohorts = Bedarf aus den Geburtsjahrgängen und den Versorgungsquoten je Altersjahr (wo ein Planungsraum Jahrgänge hat), sonst belegte und geplante Plätze plus offene Anfragen.
plan-coverage-known = Bedarf = belegte und geplante Plätze plus offene Anfragen und Bedarfsmeldungen. Mit hochgeladenen Geburtsjahrgängen rechnet die Planung den erwarteten Bedarf je Planungsraum.
plan-coverage-caption = Versorgungsquote (Plätze je 100 Kinder mit Bedarf) im Verlauf; 100 % heißt: jeder Bedarf hat einen Platz.
plan-region = Gebiet
plan-total-demand = Bedarf
plan-lowest = niedrigste Quote
plan-shortfall-months = Monate mit Unterdeckung
plan-no-shortfall = keine
plan-area-forecast = Vorschau Planungsraum { $name }
plan-setup-title = Planungsgrundlagen
plan-areas = Planungsräume
plan-areas-intro = Ein Planungsraum fasst Einrichtungen zusammen (z. B. Ortsteile). Vorschau und Versorgung werden je Planungsraum gezeigt; Geburtsjahrgänge werden je Planungsraum hochgeladen.
plan-area-name = Planungsraum
plan-area-save = Planungsraum speichern
plan-area-delete = Planungsraum „{ $name }“ löschen
plan-area-new = Neuer Planungsraum
plan-area-create = Planungsraum anlegen
plan-err-area-name = Bitte einen Namen für den Planungsraum angeben.
plan-err-area-taken = Diesen Namen gibt es schon.
plan-cohorts = Geburtsjahrgänge
plan-cohorts-intro = CSV- oder XLSX-Datei vom Melderegister oder Statistikamt mit den Spalten geburtsjahr, planungsraum, anzahl. Eine neue Datei ersetzt die bisherige.
plan-cohort-refused = Die Datei wurde nicht übernommen.
plan-cohort-header = Es fehlen Spalten (oder die Datei ist nicht lesbar):
plan-cohort-empty = Die Datei enthält keine Zeilen.
plan-cohort-err-geburtsjahr = Geburtsjahr ungültig
plan-cohort-err-planungsraum = Planungsraum unbekannt – bitte zuerst anlegen
plan-cohort-err-anzahl = Anzahl ungültig
plan-cohort-err-duplicate = Geburtsjahr und Planungsraum doppelt
plan-cohort-upload = Geburtsjahrgänge hochladen
plan-cohorts-current = Aktuelle Geburtsjahrgänge
plan-birth-year = Geburtsjahr
plan-count = Anzahl Kinder
plan-rules = Rechenregeln
plan-weighting = Gewichtung bei der Belegung
plan-weighting-plain = Jedes Kind zählt einen Platz
plan-weighting-u3double = Ein Kind unter drei zählt zwei Plätze
plan-weighting-hours = Nach gebuchten Stunden
plan-full-time = Stunden eines vollen Platzes
plan-primary-years = Jahre Grundschule (Hortende)
plan-rates = Versorgungsquoten je Altersjahr (Prozent der Kinder, die einen Platz brauchen)
plan-rate-age = Alter { $age }
plan-rules-save = Rechenregeln speichern
plan-err-weighting = Bitte eine Gewichtung wählen (Stunden eines vollen Platzes: 10 bis 60).
plan-err-years = Die Grundschule dauert 4 bis 6 Jahre.
plan-err-rates = Jede Versorgungsquote muss zwischen 0 und 100 Prozent liegen.
plan-staffing-title = Personalbedarf
plan-staffing-intro = Soll-Vollzeitstellen (Soll-VzÄ) aus dem Betreuungsschlüssel des Landes und den gebuchten Stunden der Kinder unter Vertrag; die Ist-VzÄ tragen Sie ein.
plan-staffing-on = Personal am { $date }
plan-children = Kinder unter Vertrag
plan-target-fte = Soll-VzÄ
plan-actual-fte = Ist-VzÄ
plan-gap = Differenz
plan-understaffed = unterbesetzt
plan-enter-fte = Ist-VzÄ eintragen
plan-err-fte = Bitte die Ist-VzÄ als Zahl (z. B. 7,5) und ein gültiges Datum angeben.
plan-keys = Betreuungsschlüssel
plan-key-children = Kinder je Vollzeitstelle
plan-key-hours = bei Wochenstunden
plan-key-weight = Gewicht
plan-key-source = Quelle
plan-key-own = Festlegung der Gemeinde
plan-key-set = Eigenen Schlüssel festlegen
plan-err-key = Bitte alle Felder des Schlüssels gültig ausfüllen.

## API tokens
nav-api-tokens = API-Zugänge
tokens-title = API-Zugänge für Fachverfahren
tokens-intro = Ein Zugang (Bearer-Token) erlaubt einer Software – etwa der Kita-Verwaltung eines Trägers – die JSON-Schnittstelle dieser Gemeinde zu nutzen, mit der gewählten Rolle und nur lesend oder auch schreibend. Das Token wird nur einmal angezeigt; gespeichert wird nur ein Hash.
tokens-new-once = Neues Token – jetzt kopieren, es wird nicht wieder angezeigt:
tokens-new = Neuer Zugang
tokens-name = Wofür (Software, Träger)
tokens-role = Rolle
tokens-write = Darf auch schreiben
tokens-create = Zugang anlegen
tokens-list = Zugänge
tokens-none = Noch keine Zugänge.
tokens-rights = Rechte
tokens-read = lesen
tokens-read-write = lesen und schreiben
tokens-created = Angelegt
tokens-last-used = Zuletzt benutzt
tokens-never = nie
tokens-state = Status
tokens-revoked-at = widerrufen am { $date }
tokens-revoke = „{ $name }“ widerrufen
tokens-revoked = Der Zugang ist widerrufen.
tokens-err-input = Bitte einen Namen angeben und eine Rolle wählen.

## District statistics
kreis-stats-link = Anonymisierte Statistik
kreis-exports = Statistik-Exporte je Einrichtung
kreis-exports-intro = Kinder unter Vertrag am heutigen Stichtag in allen Einrichtungen des Landkreises, ohne Namen; kleine Zahlen sind gesperrt (•). Einen anderen Stichtag wählt der Parameter ?date=JJJJ-MM-TT.
kreis-stats-title = Statistik { $name }
kreis-stats-intro = Nur Zahlen, keine Personen. Zahlen von Kindern unter { $threshold } erscheinen als „< { $threshold }“; Zellen, aus denen sie sich errechnen ließen, sind gesperrt und als • gezeigt.
kreis-table-categories = Anträge und Bedarfsmeldungen je Gemeinde und Altersgruppe
kreis-table-outcomes = Anträge und Bedarfsmeldungen je Gemeinde nach Stand
kreis-chart-caption = Die Zahlen stehen in der Tabelle; gesperrte Werte fehlen im Bild.
kreis-municipality = Gemeinde
kreis-sum = Summe
kreis-col-U2 = U2
kreis-col-U3 = U3
kreis-col-UE3 = Ü3
kreis-col-HORT = Hort
kreis-col-waiting = wartend
kreis-col-offered = Angebot offen
kreis-col-placed = Platz angenommen oder Vertrag
kreis-col-ended = zurückgezogen, abgelehnt, verfallen
kreis-download-csv = Als CSV herunterladen
kreis-download-xlsx = Als Excel (XLSX) herunterladen
kreis-table-wishes = Platzangebote je Gemeinde nach Rang des Wunsches
kreis-col-wish1 = 1. Wunsch
kreis-col-wish2 = 2. Wunsch
kreis-col-wish3 = 3. Wunsch
kreis-col-wish4 = 4. Wunsch oder später
kreis-filter = Auswahl
kreis-filter-invalid = Bitte die Auswahl prüfen: Monate als JJJJ-MM, „bis“ nicht vor „von“, Altersgruppe und Gemeinde aus der Liste.
kreis-filter-from = Eingang von (Monat)
kreis-filter-to = Eingang bis (Monat)
kreis-filter-category = Altersgruppe
kreis-filter-all = alle
kreis-filter-apply = Anzeigen
kreis-month = Monat
kreis-home = Wohnort
kreis-facility = Einrichtung
kreis-provider-title = Statistik meiner Einrichtungen (Träger)
kreis-provider-link = Statistik meiner Einrichtungen
kreis-row-outside = außerhalb des Landkreises
kreis-row-total = alle zusammen
kreis-table-needs = Bedarfsmeldungen je Gemeinde: offen, überfällig, versorgt
kreis-table-months = Anträge und Bedarfsmeldungen je Eingangsmonat
kreis-table-flows = Auswärtige Kinder: Anträge nach Wohnort und Gemeinde der Einrichtung
kreis-table-places = Plätze am Monatsanfang
kreis-table-forecast = Freie Plätze in den kommenden Monaten
kreis-table-coverage = Versorgungsquote U3 und Ü3
kreis-table-facility_wishes = Wünsche je Einrichtung und Altersgruppe
kreis-table-facility_offers = Platzangebote je Einrichtung nach Rang des Wunsches
kreis-about-categories = Alle Anträge im gewählten Zeitraum, nach der Altersgruppe zum gewünschten Beginn.
kreis-about-outcomes = Stand der Anträge: wartend (auch Warteliste), Angebot offen, Platz angenommen oder Vertrag, beendet.
kreis-about-needs = Bedarfsmeldungen sichern den Rechtsanspruch (§ 24 SGB VIII). Überfällig: noch ohne Platz, obwohl der Anspruch schon besteht – ungedeckter Bedarf.
kreis-about-months = Eingänge je Kalendermonat (höchstens die letzten 36 Monate des Zeitraums; ohne Zeitraum die letzten 12 Monate).
kreis-about-wishes = Platzangebote nach dem Rang der angebotenen Einrichtung unter den Wünschen, und Anträge, die auf der Warteliste blieben.
kreis-about-flows = Anträge von Kindern, deren Wohnort eine andere Gemeinde ist (nach der angegebenen Anschrift). Zeilen: Wohnort; Spalten: Gemeinde, bei der beantragt wurde. Nur Anzahlen.
kreis-about-places = Plätze laut Betriebserlaubnis abzüglich freigehaltener Plätze, belegt durch Verträge (bestätigt) und zusätzlich angenommene Angebote (geplant), nach der Gewichtung der Gemeinde. Platzzahlen sind Angaben der Einrichtungen und werden nicht gesperrt.
kreis-about-forecast = Freie Plätze (Kapazität minus geplante Belegung) am Monatsanfang, heute und in 3, 6, 12 und 24 Monaten; negativ heißt überbelegt.
kreis-about-coverage = Plätze je 100 Kinder der Altersgruppe laut hochgeladenen Geburtsjahrgängen; ohne Geburtsjahrgänge „–“.
kreis-about-facility_wishes = Anträge, die die Einrichtung unter ihren Wünschen nennen (ein Antrag kann mehrere Einrichtungen nennen).
kreis-about-facility_offers = Platzangebote der Einrichtung nach dem Rang des Wunsches.
kreis-chart-categories = Anträge je Gemeinde
kreis-chart-outcomes = Anträge je Gemeinde
kreis-chart-needs = Bedarfsmeldungen je Gemeinde
kreis-chart-months = Eingänge je Monat
kreis-chart-wishes = Platzangebote und Warteliste je Gemeinde
kreis-chart-flows = Auswärtige Anträge je Wohnort
kreis-chart-places = Freie Plätze je Gemeinde
kreis-chart-forecast = Freie Plätze in 24 Monaten
kreis-chart-coverage = Versorgungsquote Ü3 (Prozent)
kreis-chart-facility_wishes = Wünsche je Einrichtung
kreis-chart-facility_offers = Platzangebote je Einrichtung
kreis-col-open = offen
kreis-col-overdue = überfällig (Anspruch besteht)
kreis-col-served = Angebot oder Platz
kreis-col-unplaced = Warteliste
kreis-col-capacity = Kapazität
kreis-col-confirmed = belegt (Verträge)
kreis-col-planned = belegt (geplant)
kreis-col-free = frei
kreis-col-m0 = jetzt
kreis-col-m3 = in 3 Monaten
kreis-col-m6 = in 6 Monaten
kreis-col-m12 = in 12 Monaten
kreis-col-m24 = in 24 Monaten
kreis-col-u3_places = Plätze U3
kreis-col-u3_children = Kinder unter 3
kreis-col-u3_ratio = Quote U3
kreis-col-ue3_places = Plätze Ü3
kreis-col-ue3_children = Kinder 3 bis 5
kreis-col-ue3_ratio = Quote Ü3

## Statistics exports (KJH-Statistik, KiBiz.web)
nav-statistics-exports = Statistik-Exporte
statx-title = Statistik-Exporte
statx-intro = Anzahl der Kinder mit verbindlichem Vertrag am Stichtag, je Einrichtung – ohne Namen, Alter nur als Geburtsjahr und -monat. Die amtlichen Importformate sind nicht öffentlich; die gewählten Spalten sind dokumentiert.
statx-date = Stichtag
statx-show = Anzeigen
statx-date-invalid = Bitte einen gültigen Stichtag angeben (JJJJ-MM-TT).
statx-summary = Kinder je Einrichtung am { $date }
statx-facility = Einrichtung
statx-children = Kinder
statx-in-kibiz = davon im KiBiz-Export (ohne Hort)
statx-kjh-title = Kinder- und Jugendhilfestatistik (Form der KJH-Statistik)
statx-kjh-intro = Je Einrichtung: Kinder nach Geburtsjahr und -monat, vertraglichem Betreuungsumfang und Platzkategorie am Stichtag.
statx-kibiz-title = KiBiz.web (Form der Kindpauschalen)
statx-kibiz-intro = Je Einrichtung: Kinder nach Gruppenform (aus dem Alter am Stichtag: unter 2 → II, 2 → I, ab 3 → III), Buchungszeit 25/35/45 Stunden (über 45 und ohne Angabe als 45) und U3/Ü3. Hortkinder sind nicht enthalten.
statx-download-csv = Als CSV herunterladen
statx-download-xlsx = Als Excel (XLSX) herunterladen
statx-none = Am Stichtag keine Kinder unter Vertrag.
statx-birth-year = Geburtsjahr
statx-birth-month = Geburtsmonat
statx-hours-band = Betreuungsumfang (Std./Woche)
statx-category = Platzkategorie
statx-count = Anzahl
statx-group-form = Gruppenform
statx-booking = Buchungszeit (Std./Woche)
statx-band-bis25 = bis 25
statx-band-25bis35 = über 25 bis 35
statx-band-35bis45 = über 35 bis 45
statx-band-ueber45 = über 45
statx-band-unbekannt = ohne Angabe

## Texts a municipality overrides
nav-texts = Texte
texts-title = Texte anpassen
texts-intro = Hier ersetzen Sie Texte des Portals – Beschriftungen, Hilfetexte, Hinweise – durch eigene, für jede Sprache einzeln. Wo Sie nichts eintragen, gilt der mitgelieferte Text. Änderungen wirken sofort.
texts-search = Text oder Schlüssel suchen
texts-search-button = Suchen
texts-key = Schlüssel
texts-shipped = Mitgelieferter Text (Deutsch)
texts-own-langs = Eigene Texte in
texts-current = Ihre angepassten Texte
texts-none = Sie haben noch keine Texte angepasst.
texts-results = Treffer
texts-no-match = Kein Text passt zu Ihrer Suche.
texts-more = Es gibt weitere Treffer; grenzen Sie die Suche ein.
texts-edit = Anpassen
texts-edit-title = Text „{ $name }“ anpassen
texts-help = Lassen Sie ein Feld leer, um den mitgelieferten Text zu verwenden. Geschweifte Klammern sind Platzhaltern vorbehalten.
texts-placeholders = Platzhalter, die dieser Text verwenden darf: { $names }
texts-no-placeholders = Dieser Text hat keine Platzhalter.
texts-shipped-in = Mitgeliefert:
texts-own = Eigener Text
texts-save = Speichern
texts-back = Zurück zur Übersicht
texts-error-too-long = Der Text ist zu lang (höchstens 2000 Zeichen).
texts-error-syntax = Geschweifte Klammern sind nur für Platzhalter wie {"{"} $name {"}"} erlaubt.
texts-error-placeholder = Den Platzhalter „{ $name }“ hat dieser Text nicht.
texts-error-not-allowed = Erlaubt sind nur die Platzhalter des mitgelieferten Textes, keine Verweise auf andere Texte.

## Letters as a courtesy translation (the German PDF is the binding letter)
letters-translation-link = Übersetzung lesen
letters-translation-note = Dies ist eine unverbindliche Übersetzung. Rechtsverbindlich ist allein das deutsche Schreiben.
letters-translation-pdf = Deutsches Schreiben (PDF) herunterladen
letters-translation-back = Zurück zur Anfrage
lettertext-offer-subject = Zusage für einen Betreuungsplatz für { $child_first_names } { $child_last_name }
lettertext-offer-body =
    Sehr geehrte Eltern,

    wir freuen uns, Ihnen für { $child_first_names } { $child_last_name } (geboren am { $birth_date }) einen Betreuungsplatz anbieten zu können:

    Einrichtung: { $facility }
    Beginn: { $start_date }
    Betreuungszeit: { $weekly_hours } Stunden pro Woche

    Bitte nehmen Sie den Platz bis zum { $deadline } im Elternportal an oder sagen Sie ihn ab:
    { $portal_link }

    Antworten Sie bis dahin nicht, verfällt das Angebot und der Platz wird in der nächsten Runde neu vergeben.

    Mit freundlichen Grüßen
    Ihr Jugendamt – { $municipality }
lettertext-waiting_list-subject = Ihre Anfrage für { $child_first_names } { $child_last_name }: Warteliste
lettertext-waiting_list-body =
    Sehr geehrte Eltern,

    in der Vergaberunde „{ $round }“ konnten wir { $child_first_names } { $child_last_name } (geboren am { $birth_date }) leider keinen Platz in den gewünschten Einrichtungen anbieten.

    Ihre Anfrage bleibt auf der Warteliste und nimmt an der nächsten Vergaberunde automatisch teil. Sie müssen nichts weiter tun. Wie die Vergabe entschieden hat, sehen Sie im Elternportal:
    { $portal_link }

    Ihr Rechtsanspruch auf einen Betreuungsplatz nach § 24 SGB VIII bleibt bestehen. Bei Fragen wenden Sie sich bitte an das Jugendamt.

    Mit freundlichen Grüßen
    Ihr Jugendamt – { $municipality }
rules-translate-label = Frage übersetzen
rules-translate-help = Hilfetext übersetzen
rules-translate-consent = Diese Fassung übersetzen (eine neue Fassung braucht eine eigene Übersetzung)

## Parent fees (Elternbeiträge), parent-facing
nav-family-fees = Beiträge
nav-fees = Elternbeiträge
nav-fees-schedule = Beitragssatzung
fees-parent-title = Elternbeiträge
fees-parent-intro = Hier sehen Sie die Beiträge für die Betreuung Ihrer Kinder je Monat. Die Höhe richtet sich nach der Beitragssatzung Ihrer Gemeinde, den Betreuungsstunden, Ihrem Einkommen und der Zahl Ihrer Kinder in Betreuung.
fees-months-title = Beiträge je Monat
fees-month = Monat
fees-child = Kind
fees-care = Betreuung
fees-meals = Essensgeld
fees-total = Summe
fees-corrected = nachträglich neu berechnet
fees-no-months = Für Ihre Kinder wurden noch keine Beiträge festgesetzt.
fees-income-title = Ihr Einkommen
fees-income-intro = Geben Sie Ihr Jahreseinkommen (Haushalt, brutto) an. Ohne Angabe gilt die höchste Beitragsstufe. Das Jugendamt prüft Ihre Angabe anhand von Nachweisen; erst dann zählt sie, auch rückwirkend ab dem angegebenen Monat.
fees-declared-from = Ab { $date }
fees-no-declaration = keine Angabe (höchste Stufe)
fees-verified = geprüft
fees-unverified = noch nicht geprüft
fees-income-label = Jahreseinkommen des Haushalts (Euro)
fees-income-hint = Zum Beispiel 42.000 oder 42000,00
fees-none-label = Ich möchte kein Einkommen angeben (höchste Beitragsstufe).
fees-valid-from = Gültig ab
fees-declare = Angabe senden
fees-amount = { $amount } €
flash-fees-declared = Ihre Angabe ist eingegangen. Das Jugendamt prüft sie.
err-fees-income = Bitte geben Sie einen Betrag in Euro an oder kreuzen Sie „kein Einkommen angeben“ an.
err-fees-month = Bitte wählen Sie einen Monat.

## Parent fees, office and administration
fees-schedule-title = Beitragssatzung
fees-schedule-intro = Die Beitragssatzung legt die Elternbeiträge fest: je Platzart und Stundenumfang ein Monatsbeitrag für jede Einkommensstufe, dazu Geschwisterermäßigung, beitragsfreie Jahre und Stunden, Essensgeld und Höchstbetrag. Jede gespeicherte Fassung gilt ab ihrem Monat; frühere Monate rechnet Kitaplatz bei Änderungen neu und bucht nur die Differenz.
fees-versions = Fassungen
fees-version = Fassung
fees-bands = Einkommensstufen
fees-rate-count = Beitragssätze
fees-saved = Gespeichert
fees-no-versions = Es gibt noch keine Beitragssatzung.
fees-new-version = Neue Fassung
fees-valid-from-hint = Der Erste eines Monats.
fees-limits = Obergrenzen der Einkommensstufen (Euro im Jahr)
fees-limits-hint = Aufsteigend, mit Semikolon getrennt, z. B. 30.000; 60.000 – ergibt drei Stufen: bis 30.000, bis 60.000, darüber (und ohne Angabe).
fees-rates = Monatsbeiträge
fees-rates-hint = Eine Zeile je Platzart und Stundengrenze: Platzart; bis Stunden je Woche; Beitrag für Stufe 1; Stufe 2; … – z. B. „Ü3; 35; 80,00; 160,00; 240,00“. Platzarten: U2, U3, Ü3, Hort.
fees-discounts = Geschwisterermäßigung (Prozent für das 1., 2., 3. und jedes weitere Kind)
fees-discounts-hint = Z. B. 0; 50; 100 – das zweite Kind zahlt die Hälfte, ab dem dritten ist die Betreuung frei. Die Reihenfolge ist das Alter, das älteste Kind zuerst.
fees-free-hours = Beitragsfreie Stunden je Woche (Grundanspruch)
fees-free-years = Beitragsfreie Kita-Jahre vor der Einschulung
fees-meal-money = Essensgeld je Monat (Euro)
fees-cap = Höchstbetrag für die Betreuung je Monat (Euro, leer: keiner)
fees-proration = Eintritt oder Austritt im Laufe eines Monats
fees-per-day = tageweise
fees-half-month = je angefangenem halben Monat
fees-save-version = Als neue Fassung speichern
fees-err-valid-from = Bitte den Ersten eines Monats angeben.
fees-err-limits = Bitte Beträge in Euro angeben, aufsteigend und mit Semikolon getrennt.
fees-err-discounts = Bitte Prozentwerte von 0 bis 100 angeben, mit Semikolon getrennt.
fees-err-free-hours = Bitte eine Stundenzahl von 0 bis 60 angeben.
fees-err-free-years = Bitte eine Zahl von 0 bis 6 angeben.
fees-err-amount = Bitte einen Betrag in Euro angeben (höchstens zwei Nachkommastellen).
fees-err-proration = Bitte eine Regel auswählen.
fees-err-rate-line = Zeile { $name } ist unvollständig: Platzart; Stunden; ein Betrag je Einkommensstufe.
fees-err-no-rates = Bitte mindestens einen Beitragssatz angeben.
fees-office-title = Elternbeiträge
fees-no-schedule = Die Gemeinde hat noch keine Beitragssatzung hinterlegt (Verwaltung → Beitragssatzung).
fees-assess-title = Beiträge festsetzen
fees-assess-intro = Setzt die Monatsbeiträge aller Verträge bis einschließlich des gewählten Monats fest. Haben sich Einkommen, Stunden, Verträge oder die Satzung für zurückliegende Monate geändert, wird nur die Differenz als Korrektur gebucht; festgesetzte Beiträge werden nie überschrieben.
fees-last-run = Letzter Lauf am { $at } (bis { $through })
fees-through = Bis einschließlich Monat
fees-assess = Beiträge festsetzen
fees-pending-title = Einkommensangaben zur Prüfung
fees-household = Haushalt
fees-declared-at = Angegeben am
fees-verify = Als geprüft markieren
fees-pending-none = Keine Angaben warten auf Prüfung.
fees-booked-title = Festgesetzte Beiträge
fees-original = Festsetzung
fees-corrections = Korrekturen
fees-booked-none = Es wurden noch keine Beiträge festgesetzt.
fees-expected = Erwartete Beiträge der nächsten 12 Monate
fees-expected-intro = Aus den Verträgen und der Beitragssatzung, wie sie heute bekannt sind.
fees-expected-missing = nicht berechenbar (Beitragssatz fehlt)
fees-no-rate = In Fassung { $version } der Beitragssatzung fehlt ein Beitrag für { $category }, { $hours } Stunden, Einkommensstufe { $band } (Monat { $month }). Es wurde nichts gebucht.

## SEPA direct debit, parent-facing
fees-mandate-title = Lastschrift (SEPA-Mandat)
fees-mandate-intro = Mit einem SEPA-Lastschriftmandat zieht die Gemeinde die Beiträge von Ihrem Konto ein. Vor jedem Einzug erhalten Sie eine E-Mail mit Betrag und Datum. Ohne Mandat überweisen Sie die Beiträge selbst.
fees-mandate-current = Ihr Mandat { $reference } für das Konto { $iban } (erteilt am { $date }).
fees-mandate-none = Sie haben noch kein Mandat erteilt.
fees-mandate-holder = Kontoinhaberin oder Kontoinhaber
fees-mandate-iban = IBAN
fees-mandate-bic = BIC (freiwillig)
fees-mandate-consent = Ich ermächtige die Gemeinde { $municipality } (Gläubiger-ID { $creditor }), die Elternbeiträge von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, diese Lastschriften einzulösen. Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen.
fees-mandate-give = Mandat erteilen
fees-mandate-revoke = Mandat widerrufen
fees-mandate-unavailable = Ihre Gemeinde bietet noch keine Lastschrift an.
flash-fees-mandate = Ihr Mandat ist erteilt.
flash-fees-mandate-revoked = Ihr Mandat ist widerrufen.
err-sepa-iban = Diese IBAN ist nicht gültig. Bitte prüfen Sie sie (z. B. DE89 3704 0044 0532 0130 00).
err-sepa-bic = Dieser BIC ist nicht gültig (8 oder 11 Zeichen).
err-sepa-name = Bitte geben Sie den Namen der Kontoinhaberin oder des Kontoinhabers an.
err-sepa-consent = Bitte bestätigen Sie das Mandat.
mail-prenotice-subject = Ankündigung einer Lastschrift für die Elternbeiträge
mail-prenotice-body = Guten Tag, wir ziehen am { $date } den Betrag von { $amount } € für die Elternbeiträge von Ihrem Konto ein. Mandatsreferenz: { $reference }, Gläubiger-ID: { $creditor }. Bitte sorgen Sie für ausreichende Deckung. Ihre Gemeinde { $municipality }
nav-sepa = SEPA-Lastschrift

## SEPA, office and administration
sepa-creditor-title = SEPA-Lastschrift: Gläubigerdaten
sepa-creditor-intro = Mit diesen Angaben zieht die Gemeinde die Elternbeiträge per SEPA-Basislastschrift ein. Eltern erteilen das Mandat im Elternportal; vor jedem Einzug erhalten sie eine Vorabankündigung.
sepa-creditor-name = Kontoinhaber (Gläubiger)
sepa-creditor-id = Gläubiger-Identifikationsnummer
sepa-pre-notice-days = Tage zwischen Vorabankündigung und Einzug
sepa-err-name = Bitte den Namen des Kontoinhabers angeben (höchstens 70 Zeichen).
sepa-err-creditor-id = Diese Gläubiger-ID ist nicht gültig (z. B. DE98ZZZ09999999999).
sepa-err-days = Bitte eine Zahl von 1 bis 60 angeben.
sepa-err-date = Bitte ein Einzugsdatum angeben.
sepa-office-title = SEPA-Lastschrift
sepa-office-intro = Ein Einzug setzt zuerst die Beiträge bis zum Monat des Einzugs fest und zieht dann von jedem Haushalt mit Mandat ein, was offen ist. Die Eltern erhalten sofort eine Vorabankündigung; die Datei (pain.008) reichen Sie bei der Bank ein.
sepa-date = Einzugsdatum
sepa-collect = Einzug vorbereiten
sepa-debits = Lastschriften
sepa-file = Datei
sepa-no-creditor = Für die Lastschrift fehlen die Gläubigerdaten der Gemeinde (Verwaltung → SEPA-Lastschrift).
sepa-too-early = Das Einzugsdatum ist zu früh: Die Vorabankündigung muss die eingestellte Frist vorher ankommen.
sepa-exists = Für diesen Tag gibt es schon einen Einzug.
sepa-returns-title = Rücklastschriften
sepa-returns-intro = Laden Sie die Rücklastschriften der Bank als CSV hoch (Spalten end_to_end_id; reason_code; amount; date). Die Beiträge sind dann wieder offen und werden beim nächsten Einzug erneut eingezogen.
sepa-returns-file = CSV-Datei
sepa-returns-upload = Hochladen
sepa-returns-done = Die Rücklastschriften sind erfasst; die Beiträge sind wieder offen.
sepa-returns-unknown = Die Rücklastschriften sind erfasst; einige Zeilen passten zu keiner Lastschrift dieser Gemeinde.
sepa-returns-bad = Die Datei ist keine gültige Rücklastschrift-Liste (Spalten end_to_end_id; reason_code; amount; date).
fees-finance-title = Sollstellungen für die Finanzsoftware
fees-finance-intro = Alle in einem Monat gebuchten Beiträge und Korrekturen als Buchungszeilen (CSV): Belegdatum, Betrag, Soll/Haben, Personenkonto des Haushalts, Einrichtung als Kostenstelle, Buchungstext. Das Format ist in docs/exports.md beschrieben.
fees-finance-month = Buchungsmonat
fees-finance-download = CSV herunterladen
fees-office-entry-title = Für einen Haushalt erfassen
fees-office-entry-intro = Angaben aus Papierformularen: Ein hier erfasstes Einkommen gilt als geprüft; ein Papiermandat braucht das Datum der Unterschrift.
fees-office-income-save = Einkommen erfassen
sepa-signed-on = Unterschrieben am
sepa-paper-mandate-save = Papiermandat erfassen
sepa-err-paper-mandate = Das Mandat wurde nicht erfasst: Bitte Kontoinhaber, eine gültige IBAN (und ggf. BIC) und ein Unterschriftsdatum, das nicht in der Zukunft liegt, angeben.

## Fee notices (Beitragsbescheide)
letter-kind-fee_notice = Beitragsbescheid (Elternbeiträge)
notice-var-recipient-names = Namen der Sorgeberechtigten
notice-var-children = Vornamen der Kinder, um die es geht
notice-var-period = Monate des Bescheids (z. B. 09.2026 bis 11.2026)
notice-var-lines = je Monat und Kind eine Zeile mit Betrag und Berechnungsgrundlage
notice-var-total = Summe dieses Bescheids
notice-var-has-corrections = wahr, wenn der Bescheid frühere Bescheide berichtigt (für if)
notice-var-latest-month = letzter festgesetzter Monat
notice-var-latest-total = gesamter Beitrag des Haushalts in diesem Monat
notice-var-mandate = Referenz des SEPA-Mandats (leer ohne Mandat, für if)
notice-var-portal-link = Link zur Beitragsseite im Elternportal
fees-notices-title = Beitragsbescheide
fees-notices-intro = Zu jeder Festsetzung und Berichtigung erhalten Sie einen Bescheid per E-Mail. Hier finden Sie alle Bescheide als PDF.
fees-notices-none = Sie haben noch keinen Beitragsbescheid erhalten.
fees-notice-link = Beitragsbescheid vom { $date } ({ $total })
mail-fee-notice-subject = Neuer Beitragsbescheid für die Kinderbetreuung
mail-fee-notice-body = Guten Tag, Ihre Gemeinde { $municipality } hat Elternbeiträge festgesetzt oder berichtigt: zusammen { $amount } €. Den Bescheid finden Sie im Anhang und im Elternportal: { $link }
fees-office-notices-title = Beitragsbescheide
fees-office-notices-intro = Jeder Lauf der Festsetzung schickt jedem Haushalt mit neuen Buchungen einen Bescheid (Vorlage unter Verwaltung → Briefe). Die neuesten 30:
fees-office-notices-none = Noch keine Beitragsbescheide.
fees-notice-made = Erstellt
returns-mail-subject = Rücklastschriften für Elternbeiträge
returns-mail-body = Guten Tag, { $count ->
        [one] eine Lastschrift ist
       *[other] { $count } Lastschriften sind
    } zurückgekommen. Die Beiträge sind wieder offen; die Gründe stehen auf der Beitragsseite: { $link }

## Access log of a record
access-title = Zugriffe und Änderungen
access-intro = Wer diesen Antrag wann geöffnet oder geändert hat (die neuesten 50; alle Einträge im Protokoll der Gemeindeverwaltung).
access-read = geöffnet
contract-note-title = Hinweise zur Eingliederungshilfe
contract-note-label = Hinweise (z. B. bewilligte Integrationskraft, Förderbedarf)
contract-note-hint = Besondere Kategorie personenbezogener Daten (Art. 9 DSGVO): nur mit Vertrag und nur, was die Einrichtung für die Betreuung braucht. Wird verschlüsselt gespeichert; jede Änderung und jedes Öffnen des Vertrags wird protokolliert. Leer speichern löscht die Hinweise.
contract-err-note = Die Hinweise sind zu lang (höchstens 2000 Zeichen).

## Right of access (Art. 15 DSGVO)
family-export-title = Ihre Daten
family-export-intro = Sie können jederzeit alles herunterladen, was wir zu Ihrem Haushalt gespeichert haben (Auskunftsrecht, Art. 15 DSGVO): Konto, Kinder, Sorgeberechtigte, Anträge mit Punkten und Melderegisterprüfung, Briefe, Verträge, Beiträge und wer die Daten wann geöffnet oder geändert hat.
family-export-json = Als JSON-Datei herunterladen (maschinenlesbar)
family-export-pdf = Als PDF herunterladen (zum Lesen und Drucken)
oa-art15 = Auskunft nach Art. 15 DSGVO über den ganzen Haushalt (wird protokolliert)

## Retention (Löschfristen)
retention-title = Löschfristen
retention-intro = Jede Nacht löscht das Portal, was seine Frist überschritten hat. Die Fristen der Protokolle legt die Gemeinde fest; die übrigen sind fest (siehe docs/data-protection.md).
retention-audit-days = Protokoll der Zugriffe und Änderungen: aufbewahren (Tage)
retention-register-days = Protokoll der Melderegisterabrufe: aufbewahren (Tage)
retention-days-hint = Zwischen { $min } und { $max } Tagen.
retention-err-days = Bitte eine Zahl von Tagen zwischen 365 und 3650 angeben.
retention-preview-title = Was der nächste Lauf löscht
retention-preview-intro = Probelauf: Diese Einträge sind älter als ihre Frist und werden beim nächsten nächtlichen Lauf gelöscht. Durch das Ansehen wird nichts gelöscht.
retention-last-run = Letzter Lauf: { $day }.
retention-data = Daten
retention-rule = Frist
retention-count = Einträge
retention-audit = Protokoll der Zugriffe und Änderungen (diese Gemeinde)
retention-register = Protokoll der Melderegisterabrufe (diese Gemeinde)
retention-outbox = Versandte E-Mails (alle Gemeinden)
retention-sessions = Abgelaufene Anmeldungen (alle Gemeinden)
retention-tokens = Abgelaufene Bestätigungs- und Rücksetzlinks (alle Gemeinden)
retention-after-days = nach { $days } Tagen
retention-expired = nach Ablauf
retention-planned = Noch nicht automatisch gelöscht werden Anträge, Verträge und Beiträge; ihre Fristen sind in docs/data-protection.md vorgeschlagen und folgen.
audit-retention-link = Löschfristen und Probelauf
