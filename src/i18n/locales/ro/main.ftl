# Română — parent portal
site-name = Kitaplatz
skip-link = Salt la conținut
lang-switch-label = Limba
footer-text = Kitaplatz – repartizarea locurilor în creșe și grădinițe (Kita) și planificarea nevoilor în localitatea dumneavoastră
footer-accessibility = Declarație de accesibilitate
a11y-title = Declarație de accesibilitate
a11y-intro = Localitățile care folosesc Kitaplatz se străduiesc să facă acest portal accesibil, conform § 12a din Legea germană privind egalitatea persoanelor cu dizabilități (BGG) și Regulamentului privind tehnologia informației fără bariere (BITV 2.0). Această declarație este valabilă pentru toate paginile de la această adresă.
a11y-status-title = Stadiul conformității
a11y-status = Portalul respectă parțial cerințele BITV 2.0 (WCAG 2.1, nivelul AA). Conținutul de mai jos nu este încă pe deplin accesibil.
a11y-gaps-title = Conținut care nu este accesibil
a11y-gap-charts = Graficele din planificare și statistică sunt imagini. Aceleași cifre se află într-un tabel, direct sub fiecare grafic.
a11y-gap-languages = Portalul pentru părinți este disponibil în zece limbi; paginile pentru Oficiul pentru tineret (Jugendamt), unități și district (Landkreis) doar în germană și engleză. Deciziile (Bescheide) și scrisorile sunt emise în germană, limba oficială (§ 23 VwVfG); conținutul lor vă este explicat în limba dumneavoastră pe pagina cererii.
a11y-gap-pdf = Scrisorile pentru părinți în format PDF nu sunt încă marcate ca PDF accesibil (PDF/UA). Conținutul lor se află și în e-mail și pe pagina cererii.
a11y-made-title = Cum a fost întocmită această declarație
a11y-made = Această declarație se bazează pe o autoevaluare a dezvoltatorilor (noiembrie 2026). Au fost verificate: folosirea cu tastatura, titlurile și zonele paginii (landmarks), etichetele și mesajele de eroare ale câmpurilor din formulare, contrastul și mărirea. Se pregătește o verificare automată a tuturor paginilor cu axe-core.
a11y-feedback-title = Feedback și contact
a11y-feedback = Ați observat bariere de acces? Vă rugăm să contactați Oficiul pentru tineret (Jugendamt) din localitatea dumneavoastră. Vă răspundem în cel mult șase săptămâni. La cerere, vă punem conținutul la dispoziție într-o formă accesibilă pentru dumneavoastră.
a11y-arbitration-title = Procedura de conciliere
a11y-arbitration = Dacă nu primiți un răspuns mulțumitor la feedbackul dumneavoastră, puteți cere o procedură de conciliere la organismul de conciliere conform § 16 BGG (pentru autoritățile landului și pentru localități: organismul de conciliere sau avocatul poporului din landul dumneavoastră). Procedura este gratuită. Nu aveți nevoie de avocat.
a11y-arbitration-link = Organismul de conciliere conform Legii privind egalitatea persoanelor cu dizabilități
logged-in-as = Conectat ca { $email }
main-nav-label = Navigare principală
nav-login = Conectare
nav-logout = Deconectare
nav-account = Contul meu
nav-admin = Operare
nav-start = Pagina de start
nav-office = Administrație
nav-users = Utilizatori
nav-settings = Setări
nav-audit = Jurnal de activitate
flash-logged-out = V-ați deconectat.
flash-confirmed = Adresa dumneavoastră de e-mail este confirmată. Acum vă puteți conecta.
flash-password-set = Parola dumneavoastră a fost salvată. Vă rugăm să vă conectați.
flash-invited = Invitația a fost trimisă.
flash-disabled = Accesul a fost blocat.
flash-enabled = Accesul a fost activat din nou.
flash-saved = Salvat.
flash-own-membership = Nu vă puteți bloca propriul acces. Vă rugăm să cereți ajutorul altui administrator.
error-back = La pagina de start
error-request-id = Număr de referință pentru întrebări: { $id }
error-400-title = Cerere nevalidă
error-400-text = Cererea nu a putut fi procesată.
error-403-title = Fără acces
error-403-text = Nu aveți voie să vedeți această pagină. Dacă ați trimis un formular, vă rugăm să reîncărcați pagina și să încercați din nou.
error-404-title = Pagina nu a fost găsită
error-404-text = Această pagină nu există. Vă rugăm să verificați adresa.
error-409-title = Conflict
error-409-text = Înregistrarea există deja.
error-413-title = Prea multe date
error-413-text = Formularul conține prea multe date.
error-422-title = Date incomplete
error-422-text = Formularul nu a fost complet. Vă rugăm să încercați din nou.
error-429-title = Prea multe încercări
error-429-text = Vă rugăm să așteptați un minut și să încercați din nou.
error-500-title = Eroare tehnică
error-500-text = A apărut o eroare. Datele dumneavoastră nu s-au pierdut. Vă rugăm să încercați din nou mai târziu.
error-503-title = Indisponibil temporar
error-503-text = Serviciul nu este disponibil acum. Vă rugăm să încercați din nou peste câteva minute.
errors-summary-title = Vă rugăm să corectați următoarele:
err-email-invalid = Introduceți o adresă de e-mail validă, de exemplu name@example.org.
err-password-short = Parola trebuie să aibă cel puțin 12 caractere.
err-password-long = Parola poate avea cel mult 256 de caractere.
err-password-common = Această parolă este prea des folosită și ușor de ghicit. Vă rugăm să alegeți alta, de exemplu o propoziție din mai multe cuvinte.
err-password-mismatch = Cele două parole nu sunt identice.
err-login-failed = Adresa de e-mail sau parola este greșită.
err-login-throttled = Prea multe încercări de conectare. Vă rugăm să așteptați un minut și să încercați din nou.
err-login-unconfirmed = Vă rugăm să confirmați mai întâi adresa de e-mail, cu linkul din e-mailul nostru.
err-role-invalid = Vă rugăm să alegeți un rol.
err-max-wishes = Introduceți un număr de la 1 la 10.
err-advance-months = Introduceți un număr de la 1 la 36.
err-cutoff = Introduceți o dată în formatul LL-ZZ (luna-ziua), de exemplu 09-30.
err-threshold = Introduceți un număr de la 2 la 20.
err-modules = Modul necunoscut.
err-slug = Nume scurt: 2–63 de litere mici, cifre și cratime; nu poate fi un nume rezervat.
err-name = Introduceți un nume (cel mult 200 de caractere).
err-slug-taken = Acest nume scurt este deja folosit.
err-bundesland = Alegeți un land federal (Bundesland).
err-ags = Codul oficial al localității (AGS) are exact 8 cifre și începe cu numărul landului, de la 01 la 16.
err-ags-land = Codul localității nu se potrivește cu landul ales.
err-district = Alegeți un district (Landkreis).
err-slug-or-ags-taken = Numele scurt sau codul localității este deja folosit.
err-role-scope = Alegeți un rol și localitatea sau districtul potrivit.
token-problem-title = Acest link nu funcționează
token-invalid = Linkul nu este valid. Vă rugăm să verificați dacă a fost copiat complet.
token-expired = Linkul a expirat. Vă rugăm să cereți unul nou.
token-used = Linkul a fost deja folosit. Fiecare link funcționează o singură dată.
token-problem-forgot-link = Cereți un link nou
role-parent = Părinte
role-facility_staff = Personalul unității
role-facility_lead = Conducerea unității
role-provider_admin = Administrația operatorului (Träger)
role-youth_office = Oficiul pentru tineret (Jugendamt)
role-municipality_admin = Administrația localității
role-district_official = District (Landkreis)
role-operator = Operare
mail-signature = Echipa Kitaplatz
mail-confirm-subject = Vă rugăm să confirmați adresa de e-mail
mail-confirm-body = Bună ziua,
    
    V-ați înregistrat la Kitaplatz ({ $municipality }). Vă rugăm să vă confirmați adresa de e-mail prin acest link (valabil 3 zile):
    
    { $link }
    
    Dacă nu v-ați înregistrat, puteți ignora acest e-mail.
mail-exists-subject = Înregistrare la Kitaplatz
mail-exists-body = Bună ziua,
    
    Cineva a încercat să creeze un cont nou cu adresa dumneavoastră de e-mail. Aveți deja un cont. Conectare: { $login }
    
    Ați uitat parola? { $reset }
    
    Dacă nu ați fost dumneavoastră, nu trebuie să faceți nimic.
mail-reset-subject = Resetarea parolei
mail-reset-body = Bună ziua,
    
    Prin acest link puteți stabili o parolă nouă. Linkul este valabil 12 ore și funcționează o singură dată:
    
    { $link }
    
    Dacă nu ați cerut acest lucru, ignorați acest e-mail; parola dumneavoastră rămâne neschimbată.
mail-invite-subject = Invitație la Kitaplatz
mail-invite-body = Bună ziua,
    
    Ați primit o invitație la Kitaplatz: rolul „{ $role }” în { $scope }. Vă rugăm să vă stabiliți parola prin acest link (valabil 7 zile):
    
    { $link }
mail-granted-subject = Rol nou în Kitaplatz
mail-granted-body = Bună ziua,
    
    Contul dumneavoastră a primit un rol nou: „{ $role }” în { $scope }. Conectare: { $link }
index-title = Găsiți și cereți un loc la creșă sau grădiniță (Kita)
index-intro = Alegeți localitatea dumneavoastră. Acolo puteți vedea unitățile, puteți cere un loc sau puteți anunța nevoia de îngrijire a copilului.
index-municipalities = Localități
index-none = Încă nu a fost configurată nicio localitate.
municipality-title = Îngrijirea copiilor în { $name }
municipality-intro = Aici anunțați nevoia de îngrijire a copilului dumneavoastră și cereți un loc la o creșă sau grădiniță (Kita) sau la o bonă autorizată (Kindertagespflege). Cu un cont puteți vedea oricând stadiul cererii.
municipality-register = Creați un cont
municipality-login = Conectare
login-title = Conectare
login-email = Adresa de e-mail
login-password = Parola
login-submit = Conectare
login-forgot = Ați uitat parola?
login-register-hint = Nu aveți încă un cont? Alegeți localitatea pe pagina de start și creați acolo un cont.
login-session-expired = Sesiunea a expirat din cauza inactivității. Vă rugăm să vă conectați din nou.
register-title = Creați un cont
register-intro = Pentru cont avem nevoie doar de adresa dumneavoastră de e-mail și de o parolă. Datele despre copil le introduceți mai târziu, în cerere.
register-email = Adresa de e-mail
register-password = Parola
register-password-hint = Cel puțin 12 caractere. Cel mai sigur este o propoziție din mai multe cuvinte.
register-password2 = Repetați parola
register-submit = Creați contul
check-mail-title = Vă rugăm să vă verificați e-mailul
check-mail-text = V-am trimis un e-mail. Dați clic pe linkul din el pentru a vă confirma adresa. Nu ați primit niciun e-mail? Vă rugăm să verificați și dosarul de spam.
confirm-title = Confirmați adresa de e-mail
confirm-text = Vă rugăm să confirmați că această adresă de e-mail este a dumneavoastră.
confirm-submit = Confirmați acum
forgot-title = Parolă uitată
forgot-text = Introduceți adresa de e-mail. Dacă există un cont cu această adresă, vă trimitem un link pentru o parolă nouă.
forgot-email = Adresa de e-mail
forgot-submit = Cereți linkul
forgot-sent-title = E-mailul este pe drum
forgot-sent-text = Dacă există un cont cu această adresă, v-am trimis un link. Linkul este valabil 12 ore.
set-password-title = Setați o parolă nouă
invite-title = Bun venit – setați-vă parola
set-password-submit = Salvați parola
account-title = Contul meu
account-email = Adresa de e-mail
account-roles = Accesul dumneavoastră
account-no-roles = Contului dumneavoastră nu i s-a atribuit încă niciun rol.
account-open = Deschideți
settings-submit = Salvați
audit-apply = Aplicați filtrul
audit-all = toate
field-email = Adresa de e-mail
nav-kitas = Creșe și grădinițe
nav-facilities = Unități
kind-krippe = Creșă (sub 3 ani)
kind-kindergarten = Grădiniță
kind-kita = Creșă și grădiniță (Kita)
kind-hort = Program after-school (Hort)
kind-kindertagespflege = Bonă autorizată (Kindertagespflege)
cat-U2 = sub 2 ani (U2)
cat-U3 = sub 3 ani (U3)
cat-UE3 = de la 3 ani până la școală (Ü3)
cat-HORT = copii de școală (Hort)
dir-title = Creșe și grădinițe în { $name }
dir-filter = Restrângeți alegerea
dir-kind = Tipul unității
dir-category = Grupa de vârstă
dir-hours = Ore de îngrijire pe săptămână
dir-hours-value = { $hours } ore
dir-profile = Profil
dir-count = Unități afișate: { $shown } din { $total }
dir-provider = Operator (Träger)
dir-address = Adresa
dir-opening-hours = Program
dir-phone = Telefon
dir-website = Site web
dir-places = Locuri autorizate
dir-licensed = Locuri
dir-no-licence = Pentru ziua de azi nu există autorizație de funcționare.
dir-back = Înapoi la listă
municipality-directory = Vedeți creșele, grădinițele și bonele autorizate
err-f-name = Introduceți un nume (cel mult 200 de caractere).
err-f-kind = Alegeți un tip.
err-f-address = Introduceți adresa completă.
err-f-postal-code = Codul poștal are 5 cifre.
err-f-coordinates = Lăsați latitudinea și longitudinea ambele goale sau introduceți-le pe amândouă ca numere zecimale.
err-f-text = Textul este prea lung sau conține caractere de control.
err-f-website = Site-ul web trebuie să înceapă cu https:// sau http://.
err-f-care-hours = Introduceți numere de ore de la 1 la 60, separate prin virgulă.
err-f-tags = Cuvinte-cheie: litere, cifre și cratime, cel mult 20 de cuvinte-cheie.
err-f-provider = Alegeți un operator din această localitate.
err-provider-taken = Există deja un operator cu acest nume.
err-facility-taken = Există deja o unitate cu acest nume.
err-l-from = Introduceți o dată de început.
err-l-to = Data de sfârșit nu este validă sau este înaintea datei de început.
err-l-overlap = Această perioadă se suprapune cu o autorizație de funcționare existentă a unității.
err-l-reserved = Nu pot exista mai multe locuri rezervate decât locuri autorizate.
err-l-places = Introduceți numere întregi de la 0 în sus. Cel puțin o grupă de vârstă trebuie să aibă locuri.
nav-family = Familia mea
family-title = Familia mea
family-intro = Introduceți aici copiii și reprezentanții legali (Sorgeberechtigte), exact cum sunt înregistrați în registrul populației (Melderegister). Mai multe date ne trebuie doar când se încheie un contract de îngrijire.
family-children = Copii
family-no-children = Nu ați introdus încă niciun copil.
family-add-child = Adăugați un copil
family-guardians = Reprezentanți legali
family-no-guardians = Nu ați introdus încă niciun reprezentant legal.
family-add-guardian = Adăugați un reprezentant legal
child-first_names = Prenume (toate, ca în registrul populației)
child-last_name = Nume de familie
child-birth_date = Data nașterii
child-street = Strada (adresa de domiciliu înregistrată)
child-house_number = Număr
child-postal_code = Cod poștal
child-city = Localitate
child-born = născut(ă) la { $date }
child-category-today = Grupa de vârstă azi
child-edit = Modificați datele
err-person-name = Introduceți un nume de 1 până la 100 de caractere.
err-birth-date = Introduceți o dată de naștere validă. Nu poate fi în viitor și nici cu mai mult de 14 ani în urmă.
nav-applications = Cereri
a-list-title = Cererile mele
a-none = Nu ați depus încă nicio cerere.
a-new-title = Cerere nouă
a-new-for = Depuneți o cerere în { $name }
a-no-children = Introduceți mai întâi copilul.
a-child = Copil
a-kind = Ce doriți să depuneți?
a-kind-request = Cerere de loc (Betreuungsanfrage)
a-kind-request-hint = Cereți un loc la anumite unități, în ordinea preferințelor dumneavoastră.
a-kind-needs = Anunțarea nevoii de îngrijire (Bedarfsmeldung)
a-kind-needs-hint = Anunțați că, de la o anumită dată, copilul are nevoie de îngrijire. Astfel vă asigurați dreptul legal la un loc (§ 24 SGB VIII). Unitățile dorite sunt opționale.
a-start = Data de început dorită
a-hours = Ore de îngrijire pe săptămână
a-hours-none = nu s-a precizat
a-wishes = Unități dorite
a-wishes-hint = Prima opțiune mai întâi. Fiecare unitate o singură dată.
a-wish-n = Opțiunea { $n }
a-wish-none = – niciuna –
a-criteria = Se aplică ceva din acestea familiei dumneavoastră?
a-consent = Consimțământ și protecția datelor
a-consent-accept = Am citit textul și sunt de acord.
a-submit = Trimiteți cererea
a-entitlement = Drept legal la un loc de la
a-history = Istoric
a-withdraw = Retrageți cererea
a-edit = Modificați cererea
event-submitted = Cerere primită
event-edited = Cerere modificată
event-withdrawn_by_parent = Retrasă de dumneavoastră
flash-submitted = Cererea dumneavoastră a fost primită. V-am trimis o confirmare prin e-mail.
flash-already-open = Există deja o cerere deschisă pentru acest copil și acest an Kita (Kita-Jahr). O puteți modifica aici.
flash-not-editable = Această cerere nu mai poate fi modificată.
flash-withdrawn = Cererea a fost retrasă.
status-submitted = Primită
status-submitted-explain = Cererea dumneavoastră a fost primită și este în verificare.
status-checked = Verificată
status-checked-explain = Datele au fost verificate. Cererea participă la următoarea repartizare a locurilor.
status-needs_review = În clarificare
status-needs_review-explain = Mai trebuie să clarificăm ceva și vă vom contacta.
status-in_allocation = În repartizare
status-in_allocation-explain = Oficiul pentru tineret (Jugendamt) repartizează acum locurile. În acest moment nu se pot face modificări.
status-offered = Loc oferit
status-offered-explain = Ați primit oferta unui loc. Vă rugăm să răspundeți la timp.
status-accepted = Ofertă acceptată
status-accepted-explain = Ați acceptat oferta. Unitatea vă va contacta pentru contract.
status-contracted = Contract semnat
status-contracted-explain = Contractul de îngrijire a fost semnat.
status-declined = Ofertă refuzată
status-declined-explain = Ați refuzat oferta.
status-expired = Ofertă expirată
status-expired-explain = Oferta nu a fost acceptată la timp.
status-rejected = Listă de așteptare
status-rejected-explain = În această rundă nu a fost niciun loc liber. Cererea dumneavoastră rămâne pe lista de așteptare.
status-withdrawn = Retrasă
status-withdrawn-explain = Cererea a fost retrasă.
status-closed = Încheiată
status-closed-explain = Cererea este încheiată.
mail-application-subject = Cererea dumneavoastră pentru un loc la Kita
mail-application-body = Bună ziua,
    
    Stadiul cererii pentru { $child } este acum: { $status }.
    
    Detalii: { $link }
err-a-start-invalid = Introduceți o dată de început validă.
err-a-start-past = Data de început nu poate fi în trecut.
err-a-start-far = Data de început este prea departe în viitor. Încă nu puteți depune cererea.
err-a-no-category = La această dată nu există o grupă de vârstă potrivită pentru acest copil.
err-a-too-many = Prea multe unități dorite.
err-a-repeated = Fiecare unitate poate fi aleasă o singură dată.
err-a-no-wish = Alegeți cel puțin o unitate.
err-a-unknown-facility = Această unitate nu aparține acestei localități.
err-a-no-places = { $name } nu are locuri pentru grupa de vârstă a copilului dumneavoastră la această dată.
err-a-hours-missing = Alegeți numărul de ore de îngrijire pe săptămână.
err-a-hours-not-offered = { $name } nu oferă acest număr de ore de îngrijire.
err-a-kind = Alegeți „Cerere de loc” sau „Anunțarea nevoii de îngrijire”.
err-a-child = Alegeți unul dintre copiii dumneavoastră.
err-a-answers = Alegere necunoscută.
err-a-consent = Vă rugăm să fiți de acord cu textul. Altfel nu putem procesa cererea.
nav-office-applications = Cereri
oa-facility = Unitate dorită
nav-rules = Reguli de repartizare
err-points = Introduceți un număr întreg de la 0 la 10000.
err-consent-text = Introduceți un text de cel mult 10000 de caractere.
err-deadline = Introduceți anul Kita și o dată.
paper-code = Cod de activare (Aktivierungscode)
claim-title = Preluați o cerere depusă pe hârtie
claim-intro = Ați depus o cerere pe hârtie și ați primit un cod de activare (Aktivierungscode)? Introduceți-l aici. Apoi copilul și cererea apar în contul dumneavoastră.
claim-submit = Folosiți codul
claim-link = Preluați o cerere depusă pe hârtie cu un cod de activare
err-claim-unknown = Nu cunoaștem acest cod. Vă rugăm să verificați ce ați introdus (10 caractere).
flash-claimed = Cererea depusă pe hârtie se află acum în contul dumneavoastră.
nav-review = Listă de verificare
nav-ewo = Registrul populației
reg-status = Registrul populației
reg-pending = Verificare în așteptare
reg-resident = Cu domiciliul în localitate
reg-not_found = Fără domiciliu înregistrat (copil din altă localitate?)
reg-ambiguous = Mai multe persoane posibile
reg-unchecked = Niciun registru al populației conectat
reg-out_of_town_approved = Copil din altă localitate – admis
reg-out_of_town_rejected = Copil din altă localitate – neadmis
reg-retry = Registrul nu este disponibil, încercarea nr. { $n } a eșuat; următoarea încercare: { $at }
reg-note = Motiv
reg-move-in = Mutare planificată
reg-decide = Decizie
reg-decide-resident = Copilul are domiciliul înregistrat în localitate (verificat)
reg-decide-approve = Admiteți ca copil din altă localitate (de exemplu la mutare în localitate)
reg-decide-reject = Nu admiteți; cererea se încheie
reg-reason = Motiv (obligatoriu)
reg-move-in-date = Data planificată a mutării
reg-move-in-hint = Doar la admitere pentru că familia se mută în localitate.
reg-decide-submit = Salvați decizia
err-register-kind = Vă rugăm să alegeți o procedură.
err-register-endpoint = Introduceți o adresă https (http doar pentru acest calculator, de exemplu simulatorul).
err-register-username = Numele de utilizator este prea lung sau conține caractere de control.
err-register-timeout = Introduceți un număr de la 1 la 120.
err-decision-reason = Vă rugăm să indicați un motiv (cel mult 500 de caractere).
err-move-in-date = Data mutării nu este validă sau nu se potrivește cu decizia.
err-already-decided = S-a decis deja.
flash-merged = Cererile au fost unite. Istoricul ambelor cereri se păstrează.
event-register_resident = Domiciliu confirmat
event-register_not_found = Domiciliul este în clarificare
event-register_ambiguous = Domiciliul este în clarificare
event-check_completed = Date verificate
event-duplicate_suspected = Se verifică dacă este o înregistrare dublă
event-register_confirmed = Domiciliu confirmat
event-out_of_town_approved = Admis ca copil din altă localitate
event-out_of_town_rejected = Neadmis ca copil din altă localitate
event-duplicate_distinct = Clarificare încheiată
event-duplicate_merged = Unită cu o altă cerere pentru același copil
event-merged_into = Unită cu o altă cerere pentru același copil
event-merged_from = O altă cerere pentru același copil a fost unită cu aceasta
nav-allocation = Repartizare
err-round-name = Introduceți o denumire (cel mult 120 de caractere).
err-round-start = Introduceți o dată de referință validă.
err-round-categories = Alegeți cel puțin o grupă de vârstă.
err-round-kinds = Alegeți cel puțin un tip de cerere.
err-round-months = Introduceți o perioadă validă (începutul nu poate fi după sfârșit).
flash-published = Publicat. Deciziile (Bescheide) sunt în curs de trimitere.
err-already-published = Această rundă a fost deja publicată. Nu s-a trimis nimic din nou.
err-run-outdated = Locurile libere s-au schimbat de la această rulare. Vă rugăm să faceți o nouă rulare de probă.
cat-short-U2 = U2
cat-short-U3 = U3
cat-short-UE3 = Ü3
cat-short-HORT = After-school
offer-title = Oferta dumneavoastră de loc
offer-status = Stadiu
offer-open = Deschisă – vă rugăm să răspundeți
offer-accepted = Acceptată
offer-declined = Refuzată
offer-expired = Termen depășit
offer-lapsed = Locul a fost ocupat între timp
offer-withdrawn = Retrasă
offer-deadline = Vă rugăm să răspundeți până la { $deadline }.
offer-accept = Acceptați locul
offer-decline = Refuzați locul
flash-offer-accepted = Ați acceptat locul. Unitatea vă va contacta pentru contractul de îngrijire.
flash-offer-declined = Ați refuzat locul. Locul va fi repartizat din nou în runda următoare.
err-offer-not-open = Această ofertă nu mai este deschisă.
err-offer-place-gone = Ne pare rău, ultimul loc tocmai a fost ocupat. Cererea dumneavoastră rămâne pe lista de așteptare.
expl-title = Cum s-a decis repartizarea
expl-first-wish = Copilul dumneavoastră primește un loc la prima unitate aleasă: { $facility }.
expl-placed = Copilul dumneavoastră primește un loc la { $facility }. Despre unitățile pe care le-ați pus mai sus pe listă:
expl-unplaced = În această rundă nu a fost niciun loc pentru copilul dumneavoastră la unitățile dorite:
expl-full = { $facility }: { $capacity ->
    [one] singurul loc { $category } a fost dat unui copil
    [few] toate cele { $capacity } locuri { $category } au fost date unor copii
   *[other] toate cele { $capacity } de locuri { $category } au fost date unor copii
} cu un punctaj de cel puțin { $cutoff }; cererea dumneavoastră a avut un punctaj de { $points }.
expl-full-tie = { $facility }: { $capacity ->
    [one] singurul loc { $category } este ocupat.
    [few] toate cele { $capacity } locuri { $category } sunt ocupate.
   *[other] toate cele { $capacity } de locuri { $category } sunt ocupate.
} Cu un punctaj de { $points }, cererea dumneavoastră a avut la fel de multe puncte ca ultimii copii admiși. Între aceștia a decis numărul de tragere la sorți.
expl-no-capacity = { $facility }: la data de început nu existau acolo locuri { $category } libere.
expl-sibling = { $facility }: această opțiune a fost lăsată deoparte, pentru ca frații să fie îngrijiți împreună.
expl-unknown = { $facility }: această unitate nu a participat la repartizare.
event-offered = Loc oferit
event-no_place_this_round = Niciun loc în această rundă – pe lista de așteptare
event-place_taken_meanwhile = Locul a fost ocupat între timp – pe lista de așteptare
event-accepted_by_parent = Ofertă acceptată
event-declined_by_parent = Ofertă refuzată
event-closed_other_accepted = Încheiată, pentru că a fost acceptată o altă ofertă
event-offer_expired = Termenul de răspuns a expirat
mail-offer-subject = Un loc pentru copilul dumneavoastră
mail-offer-body = Bună ziua,
    
    Vă oferim pentru { $child } un loc la { $facility }.
    Vă rugăm să acceptați sau să refuzați oferta până la { $deadline }: { $link }
    
    Fără un răspuns, oferta expiră, iar locul va fi repartizat din nou.
mail-reminder-subject = Amintire: ofertă de loc pentru copilul dumneavoastră
mail-reminder-body = Bună ziua,
    
    Oferta de loc pentru { $child } la { $facility } mai este valabilă până la { $deadline }.
    Vă rugăm să răspundeți la timp: { $link }
nav-allocation-settings = Setări de repartizare
err-bonus-points = Introduceți un număr întreg de la 0 la 100.000.
err-offer-days = Introduceți un termen între 3 și 60 de zile.
offer-title-office = Ofertă de loc
offer-deadline-short = termen { $deadline }
err-catchment = Cel mult 2.000 de rânduri, fiecare cu cel mult 100 de caractere.
expl-manual = { $facility }: după analiza cazului individual, Oficiul pentru tineret (Jugendamt) a dat acest loc altfel.
err-unconfirmed = Nu toate locurile propuse au fost confirmate încă de unități. Trimiteți propunerea spre confirmare și așteptați răspunsurile.
flash-adjusted = Modificarea este salvată. Capacitatea și stabilitatea au fost verificate din nou.
err-adjust-input = Datele pentru modificare sunt incomplete.
err-reason-required = Vă rugăm să indicați un motiv (cel mult 1000 de caractere).
err-adjust-child = Acest copil nu face parte din această rulare.
err-adjust-facility = Această unitate nu face parte din această rulare.
err-adjust-not-wished = Părinții nu au dorit această unitate. Copiii sunt mutați doar la unitățile dorite.
err-adjust-full = Acolo nu mai este niciun loc liber în această grupă de vârstă.
err-adjust-hold = Nu se pot reține atât de multe locuri: ele sunt deja propuse unor copii.
err-adjust-no-change = Aceasta nu ar schimba nimic.
flash-sent-for-review = Propunerea a fost trimisă conducerilor unităților spre confirmare.
flash-place-confirmed = Confirmat.
flash-place-rejected = Respins. Oficiul pentru tineret vede motivul dumneavoastră.
nav-proposals = Propuneri de locuri
err-users-facility = Alegeți unitatea în care lucrează persoana.
letters-title = Scrisori
nav-letters = Scrisori
letter-kind-offer = Ofertă de loc
letter-kind-waiting_list = Listă de așteptare (niciun loc în această rundă)
letter-var-municipality = Numele localității
letter-var-child-first-names = Prenumele copilului
letter-var-child-last-name = Numele de familie al copilului
letter-var-birth-date = Data nașterii copilului
letter-var-facility = Unitatea oferită (gol pentru lista de așteptare)
letter-var-start-date = Începutul îngrijirii
letter-var-weekly-hours = Ore de îngrijire pe săptămână, conform cererii
letter-var-deadline = Termen de răspuns (gol pentru lista de așteptare)
letter-var-round = Numele rundei de repartizare
letter-var-today = Data scrisorii
letter-var-portal-link = Link către cerere în portalul pentru părinți
flash-letter-saved = Șablonul a fost salvat ca versiune nouă.
err-letter-concurrent = În același timp a fost salvată o altă versiune. Vă rugăm să verificați textul și să salvați din nou.
err-letter-empty = Subiectul și textul nu pot fi goale.
err-letter-too-long = Subiectul sau textul este prea lung (cel mult 20.000 de caractere).
err-letter-statement = „{ $statement }” nu este permis în șabloanele de scrisori. Sunt permise doar if, elif, else și endif.
err-letter-invalid = Șablonul nu poate fi folosit: { $message }
nav-contracts = Contracte
nav-planning = Planificare
nav-api-tokens = Acces API
nav-texts = Texte
nav-statistics-exports = Exporturi statistice

## Letters as a courtesy translation (the German PDF is the binding letter)
letters-translation-link = Citiți traducerea
letters-translation-note = Aceasta este o traducere cu caracter informativ. Doar scrisoarea în limba germană are valoare juridică.
letters-translation-pdf = Descărcați scrisoarea în limba germană (PDF)
letters-translation-back = Înapoi la cerere
lettertext-offer-subject = Confirmarea unui loc într-o unitate de îngrijire a copiilor pentru { $child_first_names } { $child_last_name }
lettertext-offer-body =
    Stimați părinți,

    ne bucurăm să vă putem oferi un loc într-o unitate de îngrijire a copiilor pentru { $child_first_names } { $child_last_name } (data nașterii: { $birth_date }):

    Unitatea: { $facility }
    Data începerii: { $start_date }
    Număr de ore de îngrijire pe săptămână: { $weekly_hours }

    Vă rugăm să acceptați sau să refuzați locul în portalul pentru părinți (Elternportal) până la data de { $deadline }:
    { $portal_link }

    Dacă nu răspundeți până atunci, oferta expiră, iar locul va fi atribuit din nou în următoarea rundă.

    Cu stimă,
    Oficiul pentru Tineret (Jugendamt) – { $municipality }
lettertext-waiting_list-subject = Cererea dumneavoastră pentru { $child_first_names } { $child_last_name }: listă de așteptare
lettertext-waiting_list-body =
    Stimați părinți,

    din păcate, în runda de repartizare „{ $round }” nu am putut oferi pentru { $child_first_names } { $child_last_name } (data nașterii: { $birth_date }) un loc în unitățile dorite de dumneavoastră.

    Cererea dumneavoastră rămâne pe lista de așteptare și participă automat la următoarea rundă de repartizare. Nu trebuie să faceți nimic altceva. Rezultatul repartizării îl puteți vedea în portalul pentru părinți (Elternportal):
    { $portal_link }

    Dreptul legal la un loc într-o unitate de îngrijire a copiilor, conform § 24 SGB VIII, rămâne valabil. Dacă aveți întrebări, vă rugăm să vă adresați Oficiului pentru Tineret (Jugendamt).

    Cu stimă,
    Oficiul pentru Tineret (Jugendamt) – { $municipality }

## Parent fees (Elternbeiträge), parent-facing
nav-family-fees = Contribuții
nav-fees = Contribuția părinților
nav-fees-schedule = Regulamentul contribuțiilor
fees-parent-title = Contribuția părinților (Elternbeiträge)
fees-parent-intro = Aici vedeți contribuțiile lunare pentru îngrijirea copiilor dumneavoastră. Cuantumul depinde de regulamentul contribuțiilor (Beitragssatzung) al localității dumneavoastră, de numărul de ore de îngrijire, de venitul dumneavoastră și de numărul copiilor dumneavoastră aflați în îngrijire.
fees-months-title = Contribuții lunare
fees-month = Luna
fees-child = Copilul
fees-care = Îngrijire
fees-meals = Contribuție pentru masă
fees-total = Total
fees-corrected = recalculat ulterior
fees-no-months = Pentru copiii dumneavoastră nu au fost stabilite încă contribuții.
fees-income-title = Venitul dumneavoastră
fees-income-intro = Vă rugăm să indicați venitul anual brut al gospodăriei dumneavoastră. Dacă nu indicați venitul, se aplică cea mai mare treaptă de contribuție. Oficiul pentru tineret (Jugendamt) verifică datele dumneavoastră pe baza documentelor justificative; abia apoi acestea sunt luate în considerare, inclusiv retroactiv, începând cu luna indicată.
fees-declared-from = Începând cu { $date }
fees-no-declaration = nedeclarat (cea mai mare treaptă)
fees-verified = verificat
fees-unverified = încă neverificat
fees-income-label = Venitul anual al gospodăriei (euro)
fees-income-hint = De exemplu 42.000 sau 42000,00
fees-none-label = Nu doresc să îmi declar venitul (cea mai mare treaptă de contribuție).
fees-valid-from = Valabil de la
fees-declare = Trimiteți datele
fees-amount = { $amount } €
flash-fees-declared = Datele dumneavoastră au fost primite. Oficiul pentru tineret (Jugendamt) le va verifica.
err-fees-income = Vă rugăm să indicați o sumă în euro sau să bifați „Nu doresc să îmi declar venitul”.
err-fees-month = Vă rugăm să selectați o lună.

## SEPA direct debit, parent-facing
fees-mandate-title = Debitare directă (mandat SEPA)
fees-mandate-intro = Pe baza unui mandat de debitare directă SEPA, primăria încasează contribuțiile din contul dumneavoastră. Înainte de fiecare încasare primiți un e-mail cu suma și data. Fără mandat, transferați dumneavoastră contribuțiile.
fees-mandate-current = Mandatul dumneavoastră { $reference } pentru contul { $iban } (acordat la { $date }).
fees-mandate-none = Nu ați acordat încă niciun mandat.
fees-mandate-holder = Titularul sau titulara contului
fees-mandate-iban = IBAN
fees-mandate-bic = BIC (opțional)
fees-mandate-consent = Autorizez primăria { $municipality } (identificatorul creditorului { $creditor }) să transmită instrucțiuni băncii mele pentru debitarea contului meu cu contribuțiile părinților și banca mea să debiteze contul în conformitate cu instrucțiunile primite de la primărie. Ca parte a drepturilor mele, am dreptul la o rambursare din partea băncii mele, conform termenilor și condițiilor contractului încheiat cu aceasta. Cererea de rambursare trebuie depusă în termen de 8 săptămâni de la data debitării contului.
fees-mandate-give = Acordați mandatul
fees-mandate-revoke = Revocați mandatul
fees-mandate-unavailable = Primăria dumneavoastră nu oferă încă debitarea directă.
flash-fees-mandate = Mandatul dumneavoastră a fost acordat.
flash-fees-mandate-revoked = Mandatul dumneavoastră a fost revocat.
err-sepa-iban = Acest IBAN nu este valid. Vă rugăm să îl verificați (de ex. DE89 3704 0044 0532 0130 00).
err-sepa-bic = Acest BIC nu este valid (8 sau 11 caractere).
err-sepa-name = Vă rugăm să introduceți numele titularului sau al titularei contului.
err-sepa-consent = Vă rugăm să confirmați mandatul.
mail-prenotice-subject = Notificare privind debitarea directă a contribuțiilor părinților
mail-prenotice-body = Bună ziua, la data de { $date } vom încasa din contul dumneavoastră suma de { $amount } € pentru contribuțiile părinților. Referința mandatului: { $reference }, identificatorul creditorului: { $creditor }. Vă rugăm să vă asigurați că aveți fonduri suficiente în cont. Primăria { $municipality }
nav-sepa = Debit direct SEPA

## Fee notices
letter-kind-fee_notice = Decizie privind contribuția părinților (Beitragsbescheid)
fees-notices-title = Decizii privind contribuțiile (Beitragsbescheide)
fees-notices-intro = Pentru fiecare stabilire și corectare a contribuțiilor primiți o decizie prin e-mail. Aici găsiți toate deciziile în format PDF.
fees-notices-none = Nu ați primit încă nicio decizie privind contribuțiile.
fees-notice-link = Decizia privind contribuțiile din { $date } ({ $total })
mail-fee-notice-subject = Decizie nouă privind contribuțiile pentru îngrijirea copiilor
mail-fee-notice-body = Bună ziua, primăria { $municipality } a stabilit sau a corectat contribuțiile părinților: în total { $amount } €. Decizia se află în anexă și în portalul pentru părinți (Elternportal): { $link }

## Right of access (Art. 15)
family-export-title = Datele dumneavoastră
family-export-intro = Puteți descărca oricând toate datele pe care le stocăm despre gospodăria dumneavoastră (dreptul de acces, Art. 15 GDPR): contul, copiii, reprezentanții legali, cererile cu punctajul și verificarea în registrul populației, scrisorile, contractele, contribuțiile, precum și cine a deschis sau a modificat datele și când.
family-export-json = Descărcați ca fișier JSON (format care poate fi citit automat)
family-export-pdf = Descărcați ca PDF (pentru citire și tipărire)

## Second factor (TOTP)
tfa-title = Cod de confirmare
tfa-intro = Contul dumneavoastră este protejat cu un al doilea factor. Introduceți codul de șase cifre din aplicația de autentificare (authenticator).
tfa-code = Cod
tfa-code-hint = Șase cifre din aplicație. Fără telefon: unul dintre codurile dumneavoastră de recuperare (de ex. ABCD-EFGH-JKMN-PQRS).
tfa-submit = Confirmare
tfa-lost = Ați pierdut telefonul și codurile de recuperare? Administrația localității dumneavoastră poate reseta al doilea factor.
tfa-wrong-code = Codul este greșit sau a fost deja folosit. Vă rugăm să introduceți codul actual din aplicație.
tfa-enrol-title = Configurarea celui de-al doilea factor
tfa-enrol-intro = Pentru a proteja datele copiilor și ale familiilor, conectarea se face cu parola și cu un cod dintr-o aplicație.
tfa-enrol-step-app = Instalați pe telefon o aplicație de autentificare (de exemplu FreeOTP, Aegis, Google sau Microsoft Authenticator).
tfa-enrol-step-scan = Scanați acest cod QR cu aplicația.
tfa-enrol-qr = Cod QR pentru configurarea aplicației de autentificare
tfa-enrol-manual = Sau introduceți această cheie în aplicație:
tfa-enrol-open-app = Deschideți în aplicație pe acest dispozitiv
tfa-enrol-step-code = Introduceți codul de șase cifre pe care îl arată acum aplicația.
tfa-enrol-submit = Configurare
tfa-codes-title = Codurile dumneavoastră de recuperare
tfa-codes-intro = Cu fiecare dintre aceste coduri vă puteți conecta o singură dată, atunci când nu aveți telefonul la îndemână. Tipăriți-le sau păstrați-le într-un loc sigur.
tfa-codes-once = Codurile sunt afișate doar acum.
tfa-codes-continue = Continuare
tfa-account-title = Al doilea factor
tfa-account-on = Configurat. Coduri de recuperare nefolosite: { $left }.
tfa-account-off = Neconfigurat. Cu un al doilea factor, la conectare aveți nevoie, pe lângă parolă, și de un cod din aplicația dumneavoastră.
tfa-account-enable = Configurați al doilea factor
tfa-account-renew = Coduri de recuperare noi
tfa-account-disable = Dezactivați al doilea factor
tfa-account-staff = Pentru personal, al doilea factor este obligatoriu.
err-login-restricted = Pentru acest cont, conectarea din această rețea sau la această oră nu este permisă.
flash-tfa-wrong-code = Codul este greșit sau a fost deja folosit.
flash-tfa-disabled = Al doilea factor este dezactivat. Vă rugăm să vă conectați din nou.
flash-tfa-reset = Al doilea factor a fost resetat. La următoarea conectare va fi configurat din nou.
delacc-title = Ștergerea contului
delacc-teaser = Vă puteți șterge oricând contul și datele.
delacc-link = Ștergeți contul …
delacc-intro = Sunteți pe cale să ștergeți contul { $email }. Ce se întâmplă:
delacc-now = Imediat: sesiunea se închide, contul este blocat, iar cererile în curs sunt retrase. Locurile oferite sunt acordate altor copii.
delacc-later = După { $days } zile: cererile, datele despre familia dumneavoastră și adresa de e-mail sunt șterse. Până atunci, o ștergere făcută din greșeală poate fi anulată dacă o solicitați la Serviciul pentru Tineret; cererile retrase rămân retrase.
delacc-kept = Contractele de îngrijire a copilului, taxele și deciziile oficiale se păstrează atât timp cât o cere legea, apoi sunt șterse. Ele nu mai sunt legate de niciun cont.
delacc-audit = În registrul primăriei rămâne doar un număr, fără nume și fără adresă de e-mail.
delacc-export = Înainte de aceasta, puteți descărca toate datele salvate:
delacc-password = Parola dumneavoastră
delacc-confirm = Da, vreau să îmi șterg contul și datele.
delacc-submit = Ștergeți definitiv contul
delacc-cancel = Anulare
delacc-err-password = Parola nu este corectă.
delacc-err-confirm = Vă rugăm să confirmați că doriți să ștergeți contul.
flash-account-deleted = Contul dumneavoastră a fost șters, iar sesiunea a fost închisă. Datele dumneavoastră vor fi eliminate definitiv peste șapte zile.
