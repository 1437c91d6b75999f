# Polish — parent portal
site-name = Kitaplatz
skip-link = Przejdź do treści
lang-switch-label = Język
footer-text = Kitaplatz – przydział miejsc w żłobkach i przedszkolach (Kita) oraz planowanie potrzeb w Państwa gminie
footer-accessibility = Deklaracja dostępności
a11y-title = Deklaracja dostępności
a11y-intro = Gminy korzystające z Kitaplatz starają się zapewnić dostępność tego portalu zgodnie z § 12a niemieckiej ustawy o równouprawnieniu osób z niepełnosprawnościami (BGG) i rozporządzeniem o dostępnych technologiach informacyjnych (BITV 2.0). Ta deklaracja dotyczy wszystkich stron pod tym adresem.
a11y-status-title = Stan zgodności z wymaganiami
a11y-status = Portal jest częściowo zgodny z BITV 2.0 (WCAG 2.1, poziom AA). Treści wymienione poniżej nie są jeszcze w pełni dostępne.
a11y-gaps-title = Treści niedostępne
a11y-gap-charts = Wykresy w planowaniu i statystykach są obrazami. Te same liczby znajdują się w tabeli bezpośrednio pod każdym wykresem.
a11y-gap-languages = Portal dla rodziców jest dostępny w dziesięciu językach; strony dla urzędu ds. dzieci i młodzieży (Jugendamt), placówek i powiatu (Landkreis) tylko po niemiecku i angielsku. Decyzje (Bescheide) i pisma są wydawane w języku urzędowym, czyli po niemiecku (§ 23 VwVfG); ich treść jest wyjaśniona w Państwa języku na stronie wniosku.
a11y-gap-pdf = Pisma do rodziców w formacie PDF nie są jeszcze oznaczone jako dostępne pliki PDF (PDF/UA). Ich treść znajduje się także w e-mailu i na stronie wniosku.
a11y-made-title = Sporządzenie deklaracji
a11y-made = Deklaracja opiera się na samoocenie przeprowadzonej przez twórców portalu (stan: listopad 2026). Sprawdzono obsługę za pomocą klawiatury, nagłówki i punkty orientacyjne (landmarks), opisy pól formularzy i komunikaty o błędach, kontrast oraz powiększanie. Trwają przygotowania do automatycznego sprawdzenia wszystkich stron za pomocą narzędzia axe-core.
a11y-feedback-title = Uwagi i kontakt
a11y-feedback = Czy zauważyli Państwo bariery w dostępie? Prosimy o kontakt z urzędem ds. młodzieży (Jugendamt) w Państwa gminie. Odpowiemy w ciągu sześciu tygodni. Na życzenie udostępnimy treści w formie dla Państwa dostępnej.
a11y-arbitration-title = Postępowanie rozjemcze
a11y-arbitration = Jeśli nie otrzymają Państwo zadowalającej odpowiedzi na swoje uwagi, mogą Państwo złożyć wniosek o postępowanie rozjemcze (Schlichtungsverfahren) do organu rozjemczego zgodnie z § 16 BGG (w przypadku urzędów krajowych i gmin: do organu rozjemczego lub rzecznika w Państwa kraju związkowym). Postępowanie jest bezpłatne. Nie potrzebują Państwo adwokata.
a11y-arbitration-link = Organ rozjemczy zgodnie z ustawą o równouprawnieniu osób z niepełnosprawnościami
logged-in-as = Zalogowano jako { $email }
main-nav-label = Nawigacja główna
nav-login = Zaloguj się
nav-logout = Wyloguj się
nav-account = Moje konto
nav-admin = Obsługa techniczna
nav-start = Strona główna
nav-office = Urząd
nav-users = Użytkownicy
nav-settings = Ustawienia
nav-audit = Dziennik zdarzeń
flash-logged-out = Wylogowali się Państwo.
flash-confirmed = Państwa adres e-mail został potwierdzony. Mogą się Państwo teraz zalogować.
flash-password-set = Hasło zostało zapisane. Proszę się zalogować.
flash-invited = Zaproszenie zostało wysłane.
flash-disabled = Dostęp został zablokowany.
flash-enabled = Dostęp został ponownie odblokowany.
flash-saved = Zapisano.
flash-own-membership = Nie mogą Państwo zablokować własnego dostępu. Proszę poprosić o to innego administratora lub inną administratorkę.
error-back = Do strony głównej
error-request-id = Numer referencyjny do zapytań: { $id }
error-400-title = Nieprawidłowe żądanie
error-400-text = Nie udało się przetworzyć żądania.
error-403-title = Brak dostępu
error-403-text = Nie mają Państwo uprawnień do tej strony. Jeśli wysłali Państwo formularz, proszę odświeżyć stronę i spróbować ponownie.
error-404-title = Nie znaleziono strony
error-404-text = Ta strona nie istnieje. Proszę sprawdzić adres.
error-409-title = Konflikt
error-409-text = Ten wpis już istnieje.
error-413-title = Za dużo danych
error-413-text = Formularz zawiera za dużo danych.
error-422-title = Niepełne dane
error-422-text = Formularz był niekompletny. Proszę spróbować ponownie.
error-429-title = Zbyt wiele prób
error-429-text = Proszę odczekać minutę i spróbować ponownie.
error-500-title = Błąd techniczny
error-500-text = Wystąpił błąd. Państwa dane nie zostały utracone. Proszę spróbować ponownie później.
error-503-title = Chwilowo niedostępne
error-503-text = Usługa jest teraz niedostępna. Proszę spróbować ponownie za kilka minut.
errors-summary-title = Proszę poprawić następujące dane:
err-email-invalid = Proszę podać prawidłowy adres e-mail, np. name@example.org.
err-password-short = Hasło musi mieć co najmniej 12 znaków.
err-password-long = Hasło może mieć najwyżej 256 znaków.
err-password-common = To hasło jest zbyt popularne i łatwe do odgadnięcia. Proszę wybrać inne, np. zdanie z kilku słów.
err-password-mismatch = Hasła nie są takie same.
err-login-failed = Adres e-mail lub hasło są nieprawidłowe.
err-login-throttled = Zbyt wiele prób logowania. Proszę odczekać minutę i spróbować ponownie.
err-login-unconfirmed = Proszę najpierw potwierdzić adres e-mail, klikając link w naszym e-mailu.
err-role-invalid = Proszę wybrać rolę.
err-max-wishes = Proszę podać liczbę od 1 do 10.
err-advance-months = Proszę podać liczbę od 1 do 36.
err-cutoff = Proszę podać datę w formacie MM-DD, np. 09-30.
err-threshold = Proszę podać liczbę od 2 do 20.
err-modules = Nieznany moduł.
err-slug = Nazwa skrócona: 2–63 małe litery, cyfry i łączniki; nie może być zarezerwowana.
err-name = Proszę podać nazwę (najwyżej 200 znaków).
err-slug-taken = Ta nazwa skrócona jest już zajęta.
err-bundesland = Proszę wybrać kraj związkowy.
err-ags = Urzędowy klucz gminy (AGS) ma dokładnie 8 cyfr i zaczyna się od numeru kraju związkowego 01–16.
err-ags-land = Klucz gminy nie pasuje do wybranego kraju związkowego.
err-district = Proszę wybrać powiat (Landkreis).
err-slug-or-ags-taken = Nazwa skrócona lub klucz gminy są już zajęte.
err-role-scope = Proszę wybrać rolę oraz pasującą gminę lub powiat.
token-problem-title = Ten link nie działa
token-invalid = Link jest nieprawidłowy. Proszę sprawdzić, czy został skopiowany w całości.
token-expired = Link wygasł. Proszę poprosić o nowy.
token-used = Link został już użyty. Każdy link działa tylko raz.
token-problem-forgot-link = Poproś o nowy link
role-parent = Rodzic
role-facility_staff = Personel placówki
role-facility_lead = Kierownictwo placówki
role-provider_admin = Administracja organu prowadzącego
role-youth_office = Urząd ds. dzieci i młodzieży (Jugendamt)
role-municipality_admin = Administracja gminy
role-district_official = Powiat
role-operator = Obsługa techniczna
mail-signature = Zespół Kitaplatz
mail-confirm-subject = Prosimy o potwierdzenie adresu e-mail
mail-confirm-body = Dzień dobry,
    
    Zarejestrowali się Państwo w Kitaplatz ({ $municipality }). Prosimy o potwierdzenie adresu e-mail za pomocą tego linku (ważny przez 3 dni):
    
    { $link }
    
    Jeśli nie rejestrowali się Państwo, mogą Państwo zignorować tę wiadomość.
mail-exists-subject = Rejestracja w Kitaplatz
mail-exists-body = Dzień dobry,
    
    Ktoś próbował założyć nowe konto z użyciem Państwa adresu e-mail. Mają już Państwo konto. Logowanie: { $login }
    
    Nie pamiętają Państwo hasła? { $reset }
    
    Jeśli to nie byli Państwo, nie muszą Państwo nic robić.
mail-reset-subject = Resetowanie hasła
mail-reset-body = Dzień dobry,
    
    Za pomocą tego linku mogą Państwo ustawić nowe hasło. Link jest ważny przez 12 godzin i działa tylko raz:
    
    { $link }
    
    Jeśli nie prosili Państwo o zmianę hasła, prosimy zignorować tę wiadomość; Państwa hasło pozostanie bez zmian.
mail-invite-subject = Zaproszenie do Kitaplatz
mail-invite-body = Dzień dobry,
    
    Otrzymali Państwo zaproszenie do Kitaplatz: rola „{ $role }” w { $scope }. Prosimy ustawić hasło za pomocą tego linku (ważny przez 7 dni):
    
    { $link }
mail-granted-subject = Nowa rola w Kitaplatz
mail-granted-body = Dzień dobry,
    
    Państwa konto otrzymało nową rolę: „{ $role }” w { $scope }. Logowanie: { $link }
index-title = Znajdź miejsce w żłobku lub przedszkolu i złóż wniosek
index-intro = Proszę wybrać swoją gminę. Tam mogą Państwo zobaczyć placówki, poprosić o miejsce w żłobku lub przedszkolu (Kita) albo zgłosić zapotrzebowanie na opiekę (Bedarfsmeldung).
index-municipalities = Gminy
index-none = Nie utworzono jeszcze żadnej gminy.
municipality-title = Opieka nad dziećmi: { $name }
municipality-intro = Tutaj mogą Państwo zgłosić zapotrzebowanie na opiekę dla dziecka i poprosić o miejsce w żłobku lub przedszkolu (Kita) albo u opiekunki dziennej (Kindertagespflege). Mając konto, mogą Państwo w każdej chwili sprawdzić stan sprawy.
municipality-register = Załóż konto
municipality-login = Zaloguj się
login-title = Logowanie
login-email = Adres e-mail
login-password = Hasło
login-submit = Zaloguj się
login-forgot = Nie pamiętają Państwo hasła?
login-register-hint = Nie mają Państwo jeszcze konta? Proszę wybrać swoją gminę na stronie głównej i tam założyć konto.
login-session-expired = Sesja wygasła z powodu braku aktywności. Proszę zalogować się ponownie.
register-title = Zakładanie konta
register-intro = Do założenia konta potrzebujemy tylko Państwa adresu e-mail i hasła. Dane dziecka podadzą Państwo później, we wniosku.
register-email = Adres e-mail
register-password = Hasło
register-password-hint = Co najmniej 12 znaków. Najbezpieczniejsze jest zdanie z kilku słów.
register-password2 = Powtórz hasło
register-submit = Załóż konto
check-mail-title = Proszę sprawdzić skrzynkę e-mail
check-mail-text = Wysłaliśmy do Państwa e-mail. Proszę kliknąć link w tej wiadomości, aby potwierdzić adres. Nie ma e-maila? Proszę sprawdzić także folder ze spamem.
confirm-title = Potwierdzenie adresu e-mail
confirm-text = Proszę potwierdzić, że ten adres e-mail należy do Państwa.
confirm-submit = Potwierdź teraz
forgot-title = Nie pamiętam hasła
forgot-text = Proszę podać swój adres e-mail. Jeśli istnieje dla niego konto, wyślemy link do ustawienia nowego hasła.
forgot-email = Adres e-mail
forgot-submit = Poproś o link
forgot-sent-title = E-mail został wysłany
forgot-sent-text = Jeśli istnieje konto z tym adresem, wysłaliśmy link. Jest ważny przez 12 godzin.
set-password-title = Ustaw nowe hasło
invite-title = Witamy – proszę ustawić hasło
set-password-submit = Zapisz hasło
account-title = Moje konto
account-email = Adres e-mail
account-roles = Państwa dostępy
account-no-roles = Do Państwa konta nie przypisano jeszcze żadnej roli.
account-open = Otwórz
settings-submit = Zapisz
audit-apply = Zastosuj filtr
audit-all = wszystkie
field-email = Adres e-mail
nav-kitas = Żłobki i przedszkola
nav-facilities = Placówki
kind-krippe = Żłobek (do 3 lat)
kind-kindergarten = Przedszkole
kind-kita = Kita (żłobek i przedszkole)
kind-hort = Świetlica dla dzieci szkolnych (Hort)
kind-kindertagespflege = Opiekunka dzienna (Kindertagespflege)
cat-U2 = poniżej 2 lat (U2)
cat-U3 = poniżej 3 lat (U3)
cat-UE3 = od 3 lat do szkoły (Ü3)
cat-HORT = dzieci w wieku szkolnym (Hort)
dir-title = Żłobki i przedszkola: { $name }
dir-filter = Zawęź wybór
dir-kind = Rodzaj placówki
dir-category = Grupa wiekowa
dir-hours = Godziny opieki w tygodniu
dir-hours-value = { $hours } godz.
dir-profile = Profil
dir-count = Placówki: { $shown } z { $total }
dir-provider = Organ prowadzący (Träger)
dir-address = Adres
dir-opening-hours = Godziny otwarcia
dir-phone = Telefon
dir-website = Strona internetowa
dir-places = Zatwierdzone miejsca
dir-licensed = Miejsca
dir-no-licence = Na dziś brak zezwolenia na prowadzenie placówki (Betriebserlaubnis).
dir-back = Powrót do listy
municipality-directory = Zobacz żłobki, przedszkola i opiekunki dzienne
err-f-name = Proszę podać nazwę (najwyżej 200 znaków).
err-f-kind = Proszę wybrać rodzaj.
err-f-address = Proszę podać pełny adres.
err-f-postal-code = Kod pocztowy ma 5 cyfr.
err-f-coordinates = Proszę zostawić puste oba pola (szerokość i długość geograficzna) albo podać obie wartości jako liczby dziesiętne.
err-f-text = Tekst jest za długi lub zawiera znaki sterujące.
err-f-website = Adres strony internetowej musi zaczynać się od https:// lub http://.
err-f-care-hours = Proszę podać liczby godzin od 1 do 60, oddzielone przecinkami.
err-f-tags = Słowa kluczowe: litery, cyfry i łączniki, najwyżej 20 słów kluczowych.
err-f-provider = Proszę wybrać organ prowadzący z tej gminy.
err-provider-taken = Organ prowadzący o tej nazwie już istnieje.
err-facility-taken = Placówka o tej nazwie już istnieje.
err-l-from = Proszę podać datę początkową.
err-l-to = Data końcowa jest nieprawidłowa lub wcześniejsza niż data początkowa.
err-l-overlap = Ten okres pokrywa się z istniejącym zezwoleniem na prowadzenie placówki.
err-l-reserved = Miejsc zarezerwowanych nie może być więcej niż zatwierdzonych.
err-l-places = Proszę podać liczby całkowite od 0. Co najmniej jedna grupa wiekowa musi mieć miejsca.
nav-family = Moja rodzina
family-title = Moja rodzina
family-intro = Proszę wpisać tutaj swoje dzieci i opiekunów prawnych tak, jak są zapisani w rejestrze mieszkańców (Melderegister). Więcej danych potrzebujemy dopiero przy zawarciu umowy o opiekę.
family-children = Dzieci
family-no-children = Nie wpisano jeszcze dzieci.
family-add-child = Dodaj dziecko
family-guardians = Opiekunowie prawni
family-no-guardians = Nie wpisano jeszcze opiekunów prawnych.
family-add-guardian = Dodaj opiekuna prawnego
child-first_names = Imiona (wszystkie, jak w rejestrze mieszkańców)
child-last_name = Nazwisko
child-birth_date = Data urodzenia
child-street = Ulica (adres zameldowania)
child-house_number = Numer domu
child-postal_code = Kod pocztowy
child-city = Miejscowość
child-born = data urodzenia: { $date }
child-category-today = Grupa wiekowa dziś
child-edit = Zmień dane
err-person-name = Proszę podać imię lub nazwisko (od 1 do 100 znaków).
err-birth-date = Proszę podać prawidłową datę urodzenia: nie w przyszłości i nie dawniej niż 14 lat temu.
nav-applications = Wnioski
a-list-title = Moje wnioski
a-none = Nie złożyli Państwo jeszcze żadnego wniosku.
a-new-title = Nowy wniosek
a-new-for = Złóż wniosek: { $name }
a-no-children = Proszę najpierw wpisać swoje dziecko.
a-child = Dziecko
a-kind = Co chcą Państwo złożyć?
a-kind-request = Wniosek o miejsce (Betreuungsanfrage)
a-kind-request-hint = Ubiegają się Państwo o miejsce w wybranych placówkach, w kolejności Państwa wyboru.
a-kind-needs = Zgłoszenie zapotrzebowania (Bedarfsmeldung)
a-kind-needs-hint = Zgłaszają Państwo, że od określonej daty dziecko potrzebuje opieki. W ten sposób zabezpieczają Państwo prawo do miejsca (§ 24 SGB VIII). Wybór placówek jest dobrowolny.
a-start = Pożądana data rozpoczęcia
a-hours = Godziny opieki w tygodniu
a-hours-none = nie podano
a-wishes = Wybrane placówki
a-wishes-hint = Najpierw placówka pierwszego wyboru. Każdą placówkę można wybrać tylko raz.
a-wish-n = { $n }. wybór
a-wish-none = – brak –
a-criteria = Czy któraś z tych sytuacji dotyczy Państwa rodziny?
a-consent = Zgoda i ochrona danych
a-consent-accept = Przeczytałem/przeczytałam tekst i wyrażam zgodę.
a-submit = Wyślij wniosek
a-entitlement = Prawo do miejsca od
a-history = Historia
a-withdraw = Wycofaj wniosek
a-edit = Zmień wniosek
event-submitted = Wniosek wpłynął
event-edited = Wniosek zmieniony
event-withdrawn_by_parent = Wycofany przez Państwa
flash-submitted = Państwa wniosek wpłynął. Wysłaliśmy potwierdzenie e-mailem.
flash-already-open = Dla tego dziecka i tego roku przedszkolnego (Kita-Jahr) jest już otwarty wniosek. Mogą go Państwo zmienić tutaj.
flash-not-editable = Tego wniosku nie można już zmienić.
flash-withdrawn = Wniosek został wycofany.
status-submitted = Wpłynął
status-submitted-explain = Państwa wniosek wpłynął i jest sprawdzany.
status-checked = Sprawdzony
status-checked-explain = Dane zostały sprawdzone. Wniosek weźmie udział w najbliższym przydziale miejsc.
status-needs_review = W wyjaśnianiu
status-needs_review-explain = Musimy jeszcze coś wyjaśnić. Skontaktujemy się z Państwem.
status-in_allocation = W przydziale miejsc
status-in_allocation-explain = Urząd ds. dzieci i młodzieży (Jugendamt) właśnie przydziela miejsca. Zmiany nie są teraz możliwe.
status-offered = Oferta miejsca
status-offered-explain = Otrzymali Państwo ofertę miejsca. Prosimy o odpowiedź w terminie.
status-accepted = Przyjęta
status-accepted-explain = Przyjęli Państwo ofertę. Placówka skontaktuje się z Państwem w sprawie umowy.
status-contracted = Umowa zawarta
status-contracted-explain = Umowa o opiekę została zawarta.
status-declined = Odrzucona
status-declined-explain = Odrzucili Państwo ofertę.
status-expired = Oferta wygasła
status-expired-explain = Oferta nie została przyjęta w terminie.
status-rejected = Lista oczekujących
status-rejected-explain = W tej turze nie było miejsca. Państwa wniosek pozostaje na liście oczekujących.
status-withdrawn = Wycofany
status-withdrawn-explain = Wniosek został wycofany.
status-closed = Zamknięty
status-closed-explain = Wniosek jest zamknięty.
mail-application-subject = Państwa wniosek o miejsce w żłobku lub przedszkolu
mail-application-body = Dzień dobry,
    
    Aktualny stan wniosku dla { $child }: { $status }.
    
    Szczegóły: { $link }
err-a-start-invalid = Proszę podać prawidłową datę rozpoczęcia.
err-a-start-past = Data rozpoczęcia nie może być w przeszłości.
err-a-start-far = Data rozpoczęcia jest zbyt odległa, aby już teraz złożyć wniosek.
err-a-no-category = W tym dniu nie ma pasującej grupy wiekowej dla tego dziecka.
err-a-too-many = Wybrano zbyt wiele placówek.
err-a-repeated = Każdą placówkę można wybrać tylko raz.
err-a-no-wish = Proszę wybrać co najmniej jedną placówkę.
err-a-unknown-facility = Ta placówka nie należy do tej gminy.
err-a-no-places = { $name }: w tym dniu brak miejsc dla grupy wiekowej Państwa dziecka.
err-a-hours-missing = Proszę wybrać liczbę godzin opieki w tygodniu.
err-a-hours-not-offered = { $name }: ta liczba godzin opieki nie jest oferowana.
err-a-kind = Proszę wybrać: wniosek o miejsce albo zgłoszenie zapotrzebowania.
err-a-child = Proszę wybrać jedno ze swoich dzieci.
err-a-answers = Nieznany wybór.
err-a-consent = Prosimy o wyrażenie zgody na ten tekst. Bez zgody nie możemy rozpatrzyć wniosku.
nav-office-applications = Wnioski
oa-facility = Wybrana placówka
nav-rules = Zasady przydziału
err-points = Proszę podać liczbę całkowitą od 0 do 10000.
err-consent-text = Proszę podać tekst o długości najwyżej 10000 znaków.
err-deadline = Proszę podać rok przedszkolny (Kita-Jahr) i datę.
paper-code = Kod aktywacyjny
claim-title = Przeniesienie wniosku papierowego
claim-intro = Złożyli Państwo wniosek na papierze i otrzymali kod aktywacyjny (Aktivierungscode)? Proszę wpisać go tutaj. Państwa dziecko i wniosek pojawią się wtedy na Państwa koncie.
claim-submit = Użyj kodu
claim-link = Przenieś wniosek papierowy za pomocą kodu aktywacyjnego
err-claim-unknown = Nie znamy tego kodu. Proszę sprawdzić wpisany kod (10 znaków).
flash-claimed = Wniosek papierowy jest teraz na Państwa koncie.
nav-review = Lista do sprawdzenia
nav-ewo = Rejestr mieszkańców
reg-status = Rejestr mieszkańców
reg-pending = Oczekuje na sprawdzenie
reg-resident = Zameldowane w gminie
reg-not_found = Niezameldowane (dziecko spoza gminy?)
reg-ambiguous = Kilka możliwych osób
reg-unchecked = Brak połączenia z rejestrem mieszkańców
reg-out_of_town_approved = Dziecko spoza gminy przyjęte
reg-out_of_town_rejected = Dziecko spoza gminy nieprzyjęte
reg-retry = Rejestr niedostępny, { $n }. próba nieudana; następna próba: { $at }
reg-note = Uzasadnienie
reg-move-in = Planowana przeprowadzka do gminy
reg-decide = Decyzja
reg-decide-resident = Dziecko jest zameldowane w gminie (sprawdzone)
reg-decide-approve = Przyjmij jako dziecko spoza gminy (np. przeprowadzka)
reg-decide-reject = Nie przyjmuj; wniosek zostanie zamknięty
reg-reason = Uzasadnienie (wymagane)
reg-move-in-date = Planowana data przeprowadzki
reg-move-in-hint = Tylko przy przyjęciu z powodu przeprowadzki rodziny do gminy.
reg-decide-submit = Zapisz decyzję
err-register-kind = Proszę wybrać procedurę.
err-register-endpoint = Proszę podać adres https (http tylko dla tego komputera, np. dla symulatora).
err-register-username = Nazwa użytkownika jest za długa lub zawiera znaki sterujące.
err-register-timeout = Proszę podać liczbę od 1 do 120.
err-decision-reason = Proszę podać uzasadnienie (najwyżej 500 znaków).
err-move-in-date = Data przeprowadzki jest nieprawidłowa lub nie pasuje do decyzji.
err-already-decided = Decyzja w tej sprawie została już podjęta.
flash-merged = Wnioski zostały połączone. Historia obu wniosków została zachowana.
event-register_resident = Miejsce zamieszkania potwierdzone
event-register_not_found = Miejsce zamieszkania w trakcie wyjaśniania
event-register_ambiguous = Miejsce zamieszkania w trakcie wyjaśniania
event-check_completed = Dane sprawdzone
event-duplicate_suspected = Sprawdzanie, czy wniosek nie został złożony podwójnie
event-register_confirmed = Miejsce zamieszkania potwierdzone
event-out_of_town_approved = Przyjęte jako dziecko spoza gminy
event-out_of_town_rejected = Nieprzyjęte jako dziecko spoza gminy
event-duplicate_distinct = Wyjaśnianie zakończone
event-duplicate_merged = Połączony z innym wnioskiem dla tego samego dziecka
event-merged_into = Połączony z innym wnioskiem dla tego samego dziecka
event-merged_from = Inny wniosek dla tego samego dziecka został dołączony do tego wniosku
nav-allocation = Przydział miejsc
err-round-name = Proszę podać nazwę (najwyżej 120 znaków).
err-round-start = Proszę podać prawidłową datę odniesienia.
err-round-categories = Proszę wybrać co najmniej jedną grupę wiekową.
err-round-kinds = Proszę wybrać co najmniej jeden rodzaj wniosku.
err-round-months = Proszę podać prawidłowy okres (początek nie później niż koniec).
flash-published = Opublikowano. Decyzje są wysyłane.
err-already-published = Ta tura została już opublikowana. Nic nie zostało wysłane ponownie.
err-run-outdated = Od czasu tego przebiegu zmieniła się liczba wolnych miejsc. Proszę przeliczyć nowy przebieg próbny.
cat-short-U2 = U2
cat-short-U3 = U3
cat-short-UE3 = Ü3
cat-short-HORT = Hort
offer-title = Państwa oferta miejsca
offer-status = Stan
offer-open = Otwarta – prosimy o odpowiedź
offer-accepted = Przyjęta
offer-declined = Odrzucona
offer-expired = Termin minął
offer-lapsed = Miejsce zostało w międzyczasie zajęte
offer-withdrawn = Wycofana
offer-deadline = Prosimy o odpowiedź do { $deadline }.
offer-accept = Przyjmij miejsce
offer-decline = Odrzuć miejsce
flash-offer-accepted = Przyjęli Państwo miejsce. Placówka skontaktuje się z Państwem w sprawie umowy o opiekę.
flash-offer-declined = Odrzucili Państwo miejsce. Zostanie ono ponownie przydzielone w następnej turze.
err-offer-not-open = Ta oferta nie jest już aktualna.
err-offer-place-gone = Niestety ostatnie miejsce zostało właśnie zajęte. Państwa wniosek pozostaje na liście oczekujących.
expl-title = Jak zdecydowano o przydziale
expl-first-wish = Państwa dziecko otrzymuje miejsce w placówce pierwszego wyboru: { $facility }.
expl-placed = Państwa dziecko otrzymuje miejsce w placówce { $facility }. Informacje o placówkach, które wybrali Państwo na wyższych miejscach:
expl-unplaced = W tej turze nie było miejsca dla Państwa dziecka w wybranych placówkach:
expl-full = { $facility }: { $capacity ->
    [one] jedyne miejsce { $category } zajęło dziecko
    [few] wszystkie { $capacity } miejsca { $category } zajęły dzieci
    [many] wszystkie { $capacity } miejsc { $category } zajęły dzieci
   *[other] wszystkie miejsca { $category } (łącznie { $capacity }) zajęły dzieci
} mające co najmniej { $cutoff } pkt. Państwa wniosek miał { $points } pkt.
expl-full-tie = { $facility }: { $capacity ->
    [one] jedyne miejsce { $category } jest zajęte.
    [few] wszystkie { $capacity } miejsca { $category } są zajęte.
    [many] wszystkie miejsca { $category } (łącznie { $capacity }) są zajęte.
   *[other] wszystkie miejsca { $category } (łącznie { $capacity }) są zajęte.
} Państwa wniosek miał { $points } pkt, tyle samo co ostatnie przyjęte dzieci. Wśród nich zdecydował numer losowania.
expl-no-capacity = { $facility }: w dniu rozpoczęcia nie było tam wolnych miejsc { $category }.
expl-sibling = { $facility }: ten wybór został odłożony, aby rodzeństwo mogło być pod opieką w tym samym miejscu.
expl-unknown = { $facility }: ta placówka nie brała udziału w przydziale miejsc.
event-offered = Otrzymano ofertę miejsca
event-no_place_this_round = Brak miejsca w tej turze – na liście oczekujących
event-place_taken_meanwhile = Miejsce zostało w międzyczasie zajęte – na liście oczekujących
event-accepted_by_parent = Oferta przyjęta
event-declined_by_parent = Oferta odrzucona
event-closed_other_accepted = Zamknięty, ponieważ przyjęto inną ofertę
event-offer_expired = Termin odpowiedzi minął
mail-offer-subject = Miejsce dla Państwa dziecka
mail-offer-body = Dzień dobry,
    
    Dla { $child } oferujemy Państwu miejsce w placówce { $facility }.
    Prosimy przyjąć lub odrzucić ofertę do { $deadline }: { $link }
    
    Bez odpowiedzi oferta wygaśnie, a miejsce zostanie przydzielone ponownie.
mail-reminder-subject = Przypomnienie: oferta miejsca dla Państwa dziecka
mail-reminder-body = Dzień dobry,
    
    Oferta miejsca dla { $child } w placówce { $facility } jest ważna do { $deadline }.
    Prosimy o odpowiedź w terminie: { $link }
nav-allocation-settings = Ustawienia przydziału
err-bonus-points = Proszę podać liczbę całkowitą od 0 do 100 000.
err-offer-days = Proszę podać od 3 do 60 dni.
offer-title-office = Oferta miejsca
offer-deadline-short = termin: { $deadline }
err-catchment = Najwyżej 2000 wierszy, każdy najwyżej 100 znaków.
expl-manual = { $facility }: po rozpatrzeniu indywidualnej sytuacji urząd ds. dzieci i młodzieży (Jugendamt) przydzielił to miejsce inaczej.
err-unconfirmed = Placówki nie potwierdziły jeszcze wszystkich proponowanych miejsc. Proszę wysłać propozycję do potwierdzenia i poczekać na odpowiedzi.
flash-adjusted = Zmiana została zapisana. Pojemność i stabilność zostały ponownie sprawdzone.
err-adjust-input = Dane zmiany są niekompletne.
err-reason-required = Proszę podać uzasadnienie (najwyżej 1000 znaków).
err-adjust-child = To dziecko nie bierze udziału w tym przebiegu.
err-adjust-facility = Ta placówka nie bierze udziału w tym przebiegu.
err-adjust-not-wished = Rodzice nie wybrali tej placówki. Dzieci są przenoszone tylko do placówek, które wybrali rodzice.
err-adjust-full = W tej grupie wiekowej nie ma tam już wolnego miejsca.
err-adjust-hold = Nie można zatrzymać tylu miejsc: zostały już zaproponowane dzieciom.
err-adjust-no-change = To niczego nie zmieni.
flash-sent-for-review = Propozycja została wysłana do kierownictwa placówek do potwierdzenia.
flash-place-confirmed = Potwierdzono.
flash-place-rejected = Odrzucono. Urząd ds. dzieci i młodzieży widzi Państwa uzasadnienie.
nav-proposals = Propozycje miejsc
err-users-facility = Proszę wybrać placówkę, w której pracuje ta osoba.
letters-title = Decyzje
nav-letters = Decyzje
letter-kind-offer = Przyznanie miejsca (oferta miejsca)
letter-kind-waiting_list = Lista oczekujących (brak miejsca w tej turze)
letter-var-municipality = Nazwa gminy
letter-var-child-first-names = Imiona dziecka
letter-var-child-last-name = Nazwisko dziecka
letter-var-birth-date = Data urodzenia dziecka
letter-var-facility = Oferowana placówka (puste przy liście oczekujących)
letter-var-start-date = Początek opieki
letter-var-weekly-hours = Godziny opieki w tygodniu, zgodnie z wnioskiem
letter-var-deadline = Termin odpowiedzi (puste przy liście oczekujących)
letter-var-round = Nazwa tury przydziału
letter-var-today = Data decyzji
letter-var-portal-link = Link do wniosku w portalu dla rodziców
flash-letter-saved = Szablon został zapisany jako nowa wersja.
err-letter-concurrent = W tym samym czasie zapisano inną wersję. Proszę sprawdzić tekst i zapisać ponownie.
err-letter-empty = Temat i tekst nie mogą być puste.
err-letter-too-long = Temat lub tekst jest za długi (najwyżej 20 000 znaków).
err-letter-statement = „{ $statement }” jest niedozwolone w szablonach decyzji. Dozwolone są tylko if, elif, else i endif.
err-letter-invalid = Nie można użyć szablonu: { $message }
nav-contracts = Umowy
nav-planning = Planowanie
nav-api-tokens = Dostępy API
nav-texts = Teksty
nav-statistics-exports = Eksporty statystyk

## Letters as a courtesy translation (the German PDF is the binding letter)
letters-translation-link = Przeczytaj tłumaczenie
letters-translation-note = To jest niewiążące tłumaczenie. Prawnie wiążące jest wyłącznie pismo w języku niemieckim.
letters-translation-pdf = Pobierz pismo w języku niemieckim (PDF)
letters-translation-back = Powrót do wniosku
lettertext-offer-subject = Przyznanie miejsca w placówce opieki nad dziećmi dla dziecka { $child_first_names } { $child_last_name }
lettertext-offer-body =
    Szanowni Państwo,

    z przyjemnością oferujemy Państwa dziecku { $child_first_names } { $child_last_name } (data urodzenia: { $birth_date }) miejsce w placówce opieki nad dziećmi:

    Placówka: { $facility }
    Początek: { $start_date }
    Liczba godzin opieki tygodniowo: { $weekly_hours }

    Prosimy o przyjęcie lub odrzucenie miejsca w portalu dla rodziców (Elternportal) do dnia { $deadline }:
    { $portal_link }

    Jeśli do tego terminu nie otrzymamy od Państwa odpowiedzi, oferta wygasa, a miejsce zostanie ponownie przydzielone w następnej turze.

    Z poważaniem
    Urząd ds. Młodzieży (Jugendamt) – { $municipality }
lettertext-waiting_list-subject = Państwa wniosek dla dziecka { $child_first_names } { $child_last_name }: lista oczekujących
lettertext-waiting_list-body =
    Szanowni Państwo,

    niestety w turze przydziału „{ $round }” nie mogliśmy zaoferować dziecku { $child_first_names } { $child_last_name } (data urodzenia: { $birth_date }) miejsca w wybranych przez Państwa placówkach.

    Państwa wniosek pozostaje na liście oczekujących i automatycznie weźmie udział w następnej turze przydziału. Nie muszą Państwo nic więcej robić. Wynik przydziału mogą Państwo sprawdzić w portalu dla rodziców (Elternportal):
    { $portal_link }

    Prawo do miejsca w placówce opieki nad dziećmi przysługujące na podstawie § 24 SGB VIII pozostaje w mocy. W razie pytań prosimy o kontakt z Urzędem ds. Młodzieży (Jugendamt).

    Z poważaniem
    Urząd ds. Młodzieży (Jugendamt) – { $municipality }

## Parent fees (Elternbeiträge), parent-facing
nav-family-fees = Opłaty
nav-fees = Opłaty rodziców
nav-fees-schedule = Regulamin opłat
fees-parent-title = Opłaty rodziców (Elternbeiträge)
fees-parent-intro = Tutaj widzą Państwo miesięczne opłaty za opiekę nad Państwa dziećmi. Wysokość opłaty zależy od regulaminu opłat (Beitragssatzung) Państwa gminy, liczby godzin opieki, Państwa dochodu oraz liczby Państwa dzieci objętych opieką.
fees-months-title = Opłaty miesięczne
fees-month = Miesiąc
fees-child = Dziecko
fees-care = Opieka
fees-meals = Opłata za wyżywienie
fees-total = Suma
fees-corrected = przeliczono ponownie później
fees-no-months = Dla Państwa dzieci nie ustalono jeszcze żadnych opłat.
fees-income-title = Państwa dochód
fees-income-intro = Prosimy podać roczny dochód Państwa gospodarstwa domowego (brutto). Bez tej informacji obowiązuje najwyższy próg opłat. Urząd ds. Młodzieży (Jugendamt) sprawdza podane dane na podstawie dokumentów; dopiero wtedy są one uwzględniane, również wstecz od podanego miesiąca.
fees-declared-from = Od { $date }
fees-no-declaration = nie podano (najwyższy próg)
fees-verified = sprawdzono
fees-unverified = jeszcze nie sprawdzono
fees-income-label = Roczny dochód gospodarstwa domowego (euro)
fees-income-hint = Na przykład 42.000 lub 42000,00
fees-none-label = Nie chcę podawać dochodu (najwyższy próg opłat).
fees-valid-from = Obowiązuje od
fees-declare = Wyślij dane
fees-amount = { $amount } €
flash-fees-declared = Otrzymaliśmy Państwa dane. Urząd ds. Młodzieży (Jugendamt) je sprawdzi.
err-fees-income = Prosimy podać kwotę w euro lub zaznaczyć „Nie chcę podawać dochodu”.
err-fees-month = Prosimy wybrać miesiąc.

## SEPA direct debit, parent-facing
fees-mandate-title = Polecenie zapłaty (upoważnienie SEPA)
fees-mandate-intro = Na podstawie upoważnienia do polecenia zapłaty SEPA gmina pobiera opłaty z Państwa rachunku. Przed każdym pobraniem otrzymują Państwo e-mail z kwotą i datą. Bez upoważnienia przelewają Państwo opłaty samodzielnie.
fees-mandate-current = Państwa upoważnienie { $reference } dla rachunku { $iban } (udzielone { $date }).
fees-mandate-none = Nie udzielili Państwo jeszcze upoważnienia.
fees-mandate-holder = Posiadaczka lub posiadacz rachunku
fees-mandate-iban = IBAN
fees-mandate-bic = BIC (opcjonalnie)
fees-mandate-consent = Upoważniam gminę { $municipality } (identyfikator wierzyciela { $creditor }) do wysyłania instrukcji do mojego banku w celu obciążania mojego rachunku opłatami rodziców za opiekę nad dzieckiem oraz mój bank do obciążania mojego rachunku zgodnie z instrukcjami gminy. W ramach przysługujących mi praw mogę żądać od mojego banku zwrotu środków na warunkach określonych w umowie zawartej z bankiem. Żądanie zwrotu należy złożyć w terminie 8 tygodni od dnia obciążenia rachunku.
fees-mandate-give = Udzielam upoważnienia
fees-mandate-revoke = Odwołuję upoważnienie
fees-mandate-unavailable = Państwa gmina nie oferuje jeszcze polecenia zapłaty.
flash-fees-mandate = Upoważnienie zostało udzielone.
flash-fees-mandate-revoked = Upoważnienie zostało odwołane.
err-sepa-iban = Ten numer IBAN jest nieprawidłowy. Prosimy go sprawdzić (np. DE89 3704 0044 0532 0130 00).
err-sepa-bic = Ten kod BIC jest nieprawidłowy (8 lub 11 znaków).
err-sepa-name = Prosimy podać imię i nazwisko posiadaczki lub posiadacza rachunku.
err-sepa-consent = Prosimy potwierdzić upoważnienie.
mail-prenotice-subject = Zawiadomienie o poleceniu zapłaty: opłaty rodziców za opiekę nad dzieckiem
mail-prenotice-body = Dzień dobry, dnia { $date } pobierzemy z Państwa rachunku kwotę { $amount } € tytułem opłat rodziców za opiekę nad dzieckiem. Numer referencyjny upoważnienia: { $reference }, identyfikator wierzyciela: { $creditor }. Prosimy zapewnić wystarczające środki na rachunku. Gmina { $municipality }
nav-sepa = Polecenie zapłaty SEPA

## Fee notices
letter-kind-fee_notice = Decyzja w sprawie opłat rodziców (Beitragsbescheid)
fees-notices-title = Decyzje w sprawie opłat (Beitragsbescheide)
fees-notices-intro = Przy każdym ustaleniu i każdej korekcie opłat otrzymują Państwo decyzję e-mailem. Tutaj znajdą Państwo wszystkie decyzje w formacie PDF.
fees-notices-none = Nie otrzymali Państwo jeszcze żadnej decyzji w sprawie opłat.
fees-notice-link = Decyzja w sprawie opłat z dnia { $date } ({ $total })
mail-fee-notice-subject = Nowa decyzja w sprawie opłat za opiekę nad dzieckiem
mail-fee-notice-body = Dzień dobry, Państwa gmina { $municipality } ustaliła lub skorygowała opłaty rodziców: łącznie { $amount } €. Decyzję znajdą Państwo w załączniku oraz w portalu dla rodziców (Elternportal): { $link }

## Right of access (Art. 15)
family-export-title = Państwa dane
family-export-intro = W każdej chwili mogą Państwo pobrać wszystkie dane, które przechowujemy o Państwa gospodarstwie domowym (prawo dostępu, Art. 15 RODO): konto, dzieci, opiekunowie prawni, wnioski z punktami i sprawdzeniem w rejestrze mieszkańców, pisma, umowy, opłaty oraz informacje o tym, kto i kiedy otwierał lub zmieniał dane.
family-export-json = Pobierz jako plik JSON (do odczytu maszynowego)
family-export-pdf = Pobierz jako PDF (do czytania i drukowania)

## Second factor (TOTP)
tfa-title = Kod weryfikacyjny
tfa-intro = Konto jest chronione drugim składnikiem. Proszę wpisać sześciocyfrowy kod z aplikacji uwierzytelniającej.
tfa-code = Kod
tfa-code-hint = Sześć cyfr z aplikacji. Bez telefonu: jeden z kodów odzyskiwania (np. ABCD-EFGH-JKMN-PQRS).
tfa-submit = Potwierdź
tfa-lost = Zgubili Państwo telefon i kody odzyskiwania? Urząd Państwa gminy może zresetować drugi składnik.
tfa-wrong-code = Kod jest nieprawidłowy lub został już użyty. Proszę wpisać aktualny kod z aplikacji.
tfa-enrol-title = Konfiguracja drugiego składnika
tfa-enrol-intro = Aby chronić dane dzieci i rodzin, do logowania potrzebne są hasło i kod z aplikacji.
tfa-enrol-step-app = Proszę zainstalować na telefonie aplikację uwierzytelniającą (na przykład FreeOTP, Aegis, Google lub Microsoft Authenticator).
tfa-enrol-step-scan = Proszę zeskanować ten kod QR w aplikacji.
tfa-enrol-qr = Kod QR do konfiguracji aplikacji uwierzytelniającej
tfa-enrol-manual = Albo proszę wpisać ten klucz w aplikacji:
tfa-enrol-open-app = Otwórz w aplikacji na tym urządzeniu
tfa-enrol-step-code = Proszę wpisać sześciocyfrowy kod, który aplikacja pokazuje teraz.
tfa-enrol-submit = Skonfiguruj
tfa-codes-title = Kody odzyskiwania
tfa-codes-intro = Każdym z tych kodów można zalogować się jeden raz, gdy nie mają Państwo telefonu pod ręką. Proszę je wydrukować lub przechowywać w bezpiecznym miejscu.
tfa-codes-once = Kody są wyświetlane tylko teraz.
tfa-codes-continue = Dalej
tfa-account-title = Drugi składnik
tfa-account-on = Skonfigurowano. Niewykorzystane kody odzyskiwania: { $left }.
tfa-account-off = Nie skonfigurowano. Z drugim składnikiem logowanie wymaga oprócz hasła także kodu z aplikacji.
tfa-account-enable = Skonfiguruj drugi składnik
tfa-account-renew = Nowe kody odzyskiwania
tfa-account-disable = Wyłącz drugi składnik
tfa-account-staff = Dla pracowników drugi składnik jest obowiązkowy.
err-login-restricted = Logowanie na to konto z tej sieci lub o tej porze jest niedozwolone.
flash-tfa-wrong-code = Kod jest nieprawidłowy lub został już użyty.
flash-tfa-disabled = Drugi składnik jest wyłączony. Proszę zalogować się ponownie.
flash-tfa-reset = Drugi składnik został zresetowany. Przy następnym logowaniu zostanie skonfigurowany ponownie.
delacc-title = Usuń konto
delacc-teaser = Swoje konto i swoje dane można usunąć w każdej chwili.
delacc-link = Usuń konto …
delacc-intro = Konto { $email } zostanie usunięte. Co się stanie:
delacc-now = Natychmiast: nastąpi wylogowanie, konto zostanie zablokowane, a otwarte wnioski zostaną wycofane. Zaproponowane miejsca otrzymają inne dzieci.
delacc-later = Po { $days } dniach: wnioski, dane rodziny i adres e-mail zostaną usunięte. Do tego czasu przypadkowe usunięcie można cofnąć, zwracając się do urzędu do spraw młodzieży; wycofane wnioski pozostaną wycofane.
delacc-kept = Umowy o opiekę nad dzieckiem, opłaty i decyzje urzędowe są przechowywane tak długo, jak wymaga tego prawo, a następnie usuwane. Nie są one już wtedy powiązane z żadnym kontem.
delacc-audit = W rejestrze gminy pozostaje tylko numer, bez imienia, nazwiska i adresu e-mail.
delacc-export = Wcześniej można pobrać wszystkie zapisane dane:
delacc-password = Hasło
delacc-confirm = Tak, chcę usunąć moje konto i moje dane.
delacc-submit = Usuń konto na stałe
delacc-cancel = Anuluj
delacc-err-password = Hasło jest nieprawidłowe.
delacc-err-confirm = Prosimy potwierdzić, że konto ma zostać usunięte.
flash-account-deleted = Konto zostało usunięte i nastąpiło wylogowanie. Dane zostaną trwale usunięte za siedem dni.
