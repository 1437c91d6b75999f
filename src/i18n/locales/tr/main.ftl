# Turkish — parent portal
site-name = Kitaplatz
skip-link = İçeriğe geç
lang-switch-label = Dil
footer-text = Kitaplatz – belediyenizin kreş yeri dağıtımı ve ihtiyaç planlaması
footer-accessibility = Erişilebilirlik beyanı
a11y-title = Erişilebilirlik beyanı
a11y-intro = Kitaplatz'ı kullanan belediyeler, bu portalı § 12a BGG (Almanya Engelli Eşitliği Yasası) ve BITV 2.0 (Engelsiz Bilgi Teknolojisi Yönetmeliği) uyarınca erişilebilir kılmaya çalışmaktadır. Bu beyan, bu adresteki tüm sayfalar için geçerlidir.
a11y-status-title = Uyumluluk durumu
a11y-status = Portal, BITV 2.0 (WCAG 2.1, AA seviyesi) gereklerine kısmen uygundur. Aşağıda sayılan içerikler henüz tam olarak erişilebilir değildir.
a11y-gaps-title = Erişilebilir olmayan içerikler
a11y-gap-charts = Planlama ve istatistik bölümlerindeki grafikler resimdir. Aynı sayılar, her grafiğin hemen altındaki tabloda da yer alır.
a11y-gap-languages = Veli portalı on dilde sunulmaktadır; Gençlik Dairesi (Jugendamt), kurumlar ve ilçe (Landkreis) için sayfalar ise yalnızca Almanca ve İngilizce olarak mevcuttur. Resmî kararlar (Bescheide) ve yazılar, resmî dil olan Almanca ile düzenlenir (§ 23 VwVfG); bunların içeriği başvurunun sayfasında sizin dilinizde açıklanır.
a11y-gap-pdf = PDF olarak gönderilen veli yazıları henüz erişilebilir PDF (PDF/UA) olarak işaretlenmemiştir. Bu yazıların içeriği e-postada ve başvurunun sayfasında da bulunur.
a11y-made-title = Bu beyanın hazırlanması
a11y-made = Bu beyan, geliştiricilerin yaptığı bir öz değerlendirmeye dayanmaktadır (Kasım 2026). Klavye ile kullanım, başlıklar ve sayfa bölümleri, form alanlarının etiketleri ve hata mesajları, kontrast ve yakınlaştırma kontrol edilmiştir. Tüm sayfaların axe-core ile otomatik kontrolü hazırlanmaktadır.
a11y-feedback-title = Geri bildirim ve iletişim
a11y-feedback = Erişimde engellerle karşılaştınız mı? Lütfen belediyenizin Gençlik Dairesi'ne (Jugendamt) başvurunuz. Mesajınızı altı hafta içinde yanıtlarız. İsterseniz içerikleri size uygun, erişilebilir bir biçimde sunarız.
a11y-arbitration-title = Uzlaştırma
a11y-arbitration = Geri bildiriminize tatmin edici bir yanıt alamazsanız, § 16 BGG uyarınca uzlaştırma kuruluna (Schlichtungsstelle) başvurabilirsiniz. Eyalet makamları ve belediyeler için bu, eyaletinizin uzlaştırma veya ombudsman birimidir. Bu işlem ücretsizdir. Avukata ihtiyacınız yoktur.
a11y-arbitration-link = Engelli Eşitliği Yasası uyarınca uzlaştırma kurulu
logged-in-as = Giriş yapan: { $email }
main-nav-label = Ana menü
nav-login = Giriş yap
nav-logout = Çıkış yap
nav-account = Hesabım
nav-admin = İşletim
nav-start = Ana sayfa
nav-office = Yönetim
nav-users = Kullanıcılar
nav-settings = Ayarlar
nav-audit = İşlem kaydı
flash-logged-out = Çıkış yaptınız.
flash-confirmed = E-posta adresiniz onaylandı. Artık giriş yapabilirsiniz.
flash-password-set = Şifreniz kaydedildi. Lütfen giriş yapınız.
flash-invited = Davet gönderildi.
flash-disabled = Erişim engellendi.
flash-enabled = Erişim yeniden açıldı.
flash-saved = Kaydedildi.
flash-own-membership = Kendi erişiminizi engelleyemezsiniz. Lütfen başka bir yöneticiden rica ediniz.
error-back = Ana sayfaya dön
error-request-id = Sorularınız için işlem numarası: { $id }
error-400-title = Geçersiz istek
error-400-text = İstek işlenemedi.
error-403-title = Erişim yok
error-403-text = Bu sayfayı görme yetkiniz yok. Bir form gönderdiyseniz, lütfen sayfayı yeniden yükleyip tekrar deneyiniz.
error-404-title = Sayfa bulunamadı
error-404-text = Bu sayfa mevcut değil. Lütfen adresi kontrol ediniz.
error-409-title = Çakışma
error-409-text = Bu kayıt zaten var.
error-413-title = Çok fazla veri
error-413-text = Form çok fazla veri içeriyor.
error-422-title = Eksik bilgi
error-422-text = Form eksik dolduruldu. Lütfen tekrar deneyiniz.
error-429-title = Çok fazla deneme
error-429-text = Lütfen bir dakika bekleyip tekrar deneyiniz.
error-500-title = Teknik hata
error-500-text = Bir hata oluştu. Verileriniz kaybolmadı. Lütfen daha sonra tekrar deneyiniz.
error-503-title = Geçici olarak kullanılamıyor
error-503-text = Hizmete şu anda ulaşılamıyor. Lütfen birkaç dakika sonra tekrar deneyiniz.
errors-summary-title = Lütfen şu bilgileri düzeltiniz:
err-email-invalid = Lütfen geçerli bir e-posta adresi giriniz, örneğin name@example.org.
err-password-short = Şifre en az 12 karakter uzunluğunda olmalıdır.
err-password-long = Şifre en fazla 256 karakter uzunluğunda olabilir.
err-password-common = Bu şifre çok yaygın ve kolay tahmin edilir. Lütfen başka bir şifre seçiniz, örneğin birkaç kelimeden oluşan bir cümle.
err-password-mismatch = İki şifre birbiriyle aynı değil.
err-login-failed = E-posta adresi veya şifre yanlış.
err-login-throttled = Çok fazla giriş denemesi yapıldı. Lütfen bir dakika bekleyip tekrar deneyiniz.
err-login-unconfirmed = Lütfen önce e-posta adresinizi onaylayınız. Bunun için e-postamızdaki bağlantıya tıklayınız.
err-role-invalid = Lütfen bir rol seçiniz.
err-max-wishes = Lütfen 1 ile 10 arasında bir sayı giriniz.
err-advance-months = Lütfen 1 ile 36 arasında bir sayı giriniz.
err-cutoff = Lütfen tarihi AA-GG biçiminde giriniz, örneğin 09-30.
err-threshold = Lütfen 2 ile 20 arasında bir sayı giriniz.
err-modules = Bilinmeyen modül.
err-slug = Kısa ad: 2–63 küçük harf, rakam ve kısa çizgi; ayrılmış (rezerve) bir ad olmamalıdır.
err-name = Lütfen bir ad giriniz (en fazla 200 karakter).
err-slug-taken = Bu kısa ad zaten kullanılıyor.
err-bundesland = Lütfen bir eyalet (Bundesland) seçiniz.
err-ags = Resmî belediye kodu (Amtlicher Gemeindeschlüssel) tam 8 rakamdan oluşur ve 01–16 arasındaki eyalet numarasıyla başlar.
err-ags-land = Belediye kodu, seçilen eyalete uymuyor.
err-district = Lütfen bir ilçe (Landkreis) seçiniz.
err-slug-or-ags-taken = Kısa ad veya belediye kodu zaten kullanılıyor.
err-role-scope = Lütfen bir rol ve buna uygun bir belediye veya ilçe seçiniz.
token-problem-title = Bu bağlantı çalışmıyor
token-invalid = Bağlantı geçersiz. Lütfen bağlantının tamamen kopyalandığını kontrol ediniz.
token-expired = Bağlantının süresi doldu. Lütfen yeni bir bağlantı isteyiniz.
token-used = Bu bağlantı zaten kullanıldı. Her bağlantı yalnızca bir kez çalışır.
token-problem-forgot-link = Yeni bağlantı iste
role-parent = Veli
role-facility_staff = Kurum personeli
role-facility_lead = Kurum müdürü
role-provider_admin = İşletmeci yönetimi (Träger)
role-youth_office = Gençlik Dairesi (Jugendamt)
role-municipality_admin = Belediye yönetimi
role-district_official = İlçe (Landkreis)
role-operator = İşletim
mail-signature = Kitaplatz ekibiniz
mail-confirm-subject = Lütfen e-posta adresinizi onaylayınız
mail-confirm-body = Merhaba,
    
    Kitaplatz ({ $municipality }) portalına kaydoldunuz. Lütfen e-posta adresinizi bu bağlantı ile onaylayınız (3 gün geçerlidir):
    
    { $link }
    
    Kaydolmadıysanız bu e-postayı dikkate almayabilirsiniz.
mail-exists-subject = Kitaplatz kaydı
mail-exists-body = Merhaba,
    
    Birisi e-posta adresinizle yeni bir hesap oluşturmaya çalıştı. Zaten bir hesabınız var. Giriş yap: { $login }
    
    Şifrenizi mi unuttunuz? { $reset }
    
    Bu işlemi siz yapmadıysanız herhangi bir şey yapmanız gerekmez.
mail-reset-subject = Şifre sıfırlama
mail-reset-body = Merhaba,
    
    Bu bağlantı ile yeni bir şifre belirleyebilirsiniz. Bağlantı 12 saat geçerlidir ve yalnızca bir kez kullanılabilir:
    
    { $link }
    
    Bunu siz talep etmediyseniz bu e-postayı dikkate almayınız; şifreniz değişmeden kalır.
mail-invite-subject = Kitaplatz'a davet
mail-invite-body = Merhaba,
    
    Kitaplatz'a davet edildiniz: { $scope } için "{ $role }" rolü. Lütfen bu bağlantı ile şifrenizi belirleyiniz (7 gün geçerlidir):
    
    { $link }
mail-granted-subject = Kitaplatz – yeni rolünüz
mail-granted-body = Merhaba,
    
    Hesabınıza yeni bir rol verildi: { $scope } için "{ $role }". Giriş yap: { $link }
index-title = Kreş yeri bulun ve başvurun
index-intro = Kurumları görmek, kreş yeri istemek veya bakım ihtiyacınızı bildirmek için belediyenizi seçiniz.
index-municipalities = Belediyeler
index-none = Henüz kayıtlı bir belediye yok.
municipality-title = { $name } belediyesinde çocuk bakımı
municipality-intro = Burada çocuğunuzun bakım ihtiyacını bildirebilir ve bir kreşte (Kita) ya da bir gündüz bakıcısında (Kindertagespflege) yer isteyebilirsiniz. Bir hesapla başvurunuzun durumunu her zaman görebilirsiniz.
municipality-register = Hesap oluştur
municipality-login = Giriş yap
login-title = Giriş yap
login-email = E-posta adresi
login-password = Şifre
login-submit = Giriş yap
login-forgot = Şifrenizi mi unuttunuz?
login-register-hint = Henüz hesabınız yok mu? Ana sayfada belediyenizi seçiniz ve orada bir hesap oluşturunuz.
login-session-expired = Uzun süre işlem yapmadığınız için oturumunuz sona erdi. Lütfen yeniden giriş yapınız.
register-title = Hesap oluştur
register-intro = Hesabınız için yalnızca e-posta adresinize ve bir şifreye ihtiyacımız var. Çocuğunuzla ilgili bilgileri daha sonra, başvuruda verirsiniz.
register-email = E-posta adresi
register-password = Şifre
register-password-hint = En az 12 karakter. En güvenlisi, birkaç kelimeden oluşan bir cümledir.
register-password2 = Şifreyi tekrar giriniz
register-submit = Hesap oluştur
check-mail-title = Lütfen e-postalarınızı kontrol ediniz
check-mail-text = Size bir e-posta gönderdik. Adresinizi onaylamak için e-postadaki bağlantıya tıklayınız. E-posta gelmedi mi? Lütfen istenmeyen e-posta (spam) klasörüne de bakınız.
confirm-title = E-posta adresini onaylayın
confirm-text = Lütfen bu e-posta adresinin size ait olduğunu onaylayınız.
confirm-submit = Şimdi onayla
forgot-title = Şifremi unuttum
forgot-text = E-posta adresinizi giriniz. Bu adresle bir hesap varsa, size yeni bir şifre belirlemeniz için bir bağlantı göndeririz.
forgot-email = E-posta adresi
forgot-submit = Bağlantı iste
forgot-sent-title = E-posta yolda
forgot-sent-text = Bu adresle bir hesap varsa, bir bağlantı gönderdik. Bağlantı 12 saat geçerlidir.
set-password-title = Yeni şifre belirleyin
invite-title = Hoş geldiniz – şifrenizi belirleyin
set-password-submit = Şifreyi kaydet
account-title = Hesabım
account-email = E-posta adresi
account-roles = Erişimleriniz
account-no-roles = Hesabınıza henüz bir rol atanmadı.
account-open = Aç
settings-submit = Kaydet
audit-apply = Filtreyi uygula
audit-all = tümü
field-email = E-posta adresi
nav-kitas = Kreşler
nav-facilities = Kurumlar
kind-krippe = Bebek yuvası (Krippe, 3 yaş altı)
kind-kindergarten = Anaokulu (Kindergarten)
kind-kita = Kreş (Kita)
kind-hort = Okul sonrası bakım (Hort)
kind-kindertagespflege = Gündüz bakıcısı (Kindertagespflege)
cat-U2 = 2 yaş altı (U2)
cat-U3 = 3 yaş altı (U3)
cat-UE3 = 3 yaştan okula kadar (Ü3)
cat-HORT = okul çocukları (Hort)
dir-title = { $name } kreşleri
dir-filter = Seçimi daraltın
dir-kind = Kurum türü
dir-category = Yaş grubu
dir-hours = Haftalık bakım süresi
dir-hours-value = { $hours } saat
dir-profile = Profil
dir-count = { $shown } / { $total } kurum
dir-provider = İşletmeci (Träger)
dir-address = Adres
dir-opening-hours = Çalışma saatleri
dir-phone = Telefon
dir-website = İnternet sitesi
dir-places = İzin verilen yerler
dir-licensed = Yerler
dir-no-licence = Bugün için işletme izni (Betriebserlaubnis) bulunmuyor.
dir-back = Listeye dön
municipality-directory = Kreşleri ve gündüz bakıcılarını görün
err-f-name = Lütfen bir ad giriniz (en fazla 200 karakter).
err-f-kind = Lütfen bir tür seçiniz.
err-f-address = Lütfen adresin tamamını giriniz.
err-f-postal-code = Posta kodu 5 rakamdan oluşur.
err-f-coordinates = Enlem ve boylamın ikisini de boş bırakınız ya da ikisini de ondalık sayı olarak giriniz.
err-f-text = Metin çok uzun veya kontrol karakterleri içeriyor.
err-f-website = İnternet sitesi https:// veya http:// ile başlamalıdır.
err-f-care-hours = Lütfen 1 ile 60 arasında saat sayıları giriniz ve bunları virgülle ayırınız.
err-f-tags = Anahtar kelimeler: harf, rakam ve kısa çizgi; en fazla 20 anahtar kelime.
err-f-provider = Lütfen bu belediyeye ait bir işletmeci seçiniz.
err-provider-taken = Bu adla bir işletmeci zaten var.
err-facility-taken = Bu adla bir kurum zaten var.
err-l-from = Lütfen bir başlangıç tarihi giriniz.
err-l-to = Bitiş tarihi geçersiz veya başlangıç tarihinden önce.
err-l-overlap = Bu dönem, kurumun mevcut bir işletme izniyle çakışıyor.
err-l-reserved = Ayrılan yer sayısı, izin verilen yer sayısından fazla olamaz.
err-l-places = Lütfen 0 veya daha büyük tam sayılar giriniz; en az bir yaş grubunun yeri olmalıdır.
nav-family = Ailem
family-title = Ailem
family-intro = Çocuklarınızı ve velayet sahiplerini (Sorgeberechtigte) burada, nüfus kaydında (Melderegister) yazıldığı gibi giriniz. Daha fazla bilgiye ancak bir bakım sözleşmesi yapılırken ihtiyacımız olur.
family-children = Çocuklar
family-no-children = Henüz çocuk girilmedi.
family-add-child = Çocuk ekle
family-guardians = Velayet sahipleri
family-no-guardians = Henüz velayet sahibi girilmedi.
family-add-guardian = Velayet sahibi ekle
child-first_names = Adları (nüfus kaydındaki gibi, hepsi)
child-last_name = Soyadı
child-birth_date = Doğum tarihi
child-street = Sokak / cadde (kayıtlı adres)
child-house_number = Kapı numarası
child-postal_code = Posta kodu
child-city = Yerleşim yeri
child-born = doğum tarihi: { $date }
child-category-today = Bugünkü yaş grubu
child-edit = Bilgileri değiştir
err-person-name = Lütfen 1 ile 100 karakter arasında bir ad giriniz.
err-birth-date = Lütfen geçerli bir doğum tarihi giriniz. Tarih gelecekte olamaz ve en fazla 14 yıl önce olabilir.
nav-applications = Başvurular
a-list-title = Başvurularım
a-none = Henüz başvuru yapmadınız.
a-new-title = Yeni başvuru
a-new-for = { $name } için başvuru yapın
a-no-children = Önce çocuğunuzu ekleyiniz.
a-child = Çocuk
a-kind = Ne göndermek istiyorsunuz?
a-kind-request = Bakım talebi (Betreuungsanfrage)
a-kind-request-hint = Belirli kurumlarda bir yer için başvurursunuz. Kurumlar, sizin tercih sıranıza göre sıralanır.
a-kind-needs = İhtiyaç bildirimi (Bedarfsmeldung)
a-kind-needs-hint = Çocuğunuzun belirli bir tarihten itibaren bakıma ihtiyacı olduğunu bildirirsiniz. Böylece yasal hakkınızı (§ 24 SGB VIII) güvence altına alırsınız. Kurum tercihi belirtmek isteğe bağlıdır.
a-start = İstenen başlangıç tarihi
a-hours = Haftalık bakım süresi
a-hours-none = belirtilmedi
a-wishes = Tercih ettiğiniz kurumlar
a-wishes-hint = İlk tercihinizi en başa yazınız. Her kurumu yalnızca bir kez seçiniz.
a-wish-n = { $n }. tercih
a-wish-none = – yok –
a-criteria = Bunlardan biri aileniz için geçerli mi?
a-consent = Onay ve veri koruma
a-consent-accept = Metni okudum ve kabul ediyorum.
a-submit = Başvuruyu gönder
a-entitlement = Yasal hakkın (Rechtsanspruch) başlangıcı
a-history = Geçmiş
a-withdraw = Başvuruyu geri çek
a-edit = Başvuruyu değiştir
event-submitted = Başvuru alındı
event-edited = Başvuru değiştirildi
event-withdrawn_by_parent = Sizin tarafınızdan geri çekildi
flash-submitted = Başvurunuz alındı. Size e-posta ile bir onay gönderdik.
flash-already-open = Bu çocuk ve bu kreş yılı (Kita-Jahr) için açık bir başvuru zaten var. Başvuruyu burada değiştirebilirsiniz.
flash-not-editable = Bu başvuru artık değiştirilemez.
flash-withdrawn = Başvuru geri çekildi.
status-submitted = Alındı
status-submitted-explain = Başvurunuz bize ulaştı ve kontrol ediliyor.
status-checked = Kontrol edildi
status-checked-explain = Bilgiler kontrol edildi. Başvuru bir sonraki yer dağıtımına katılacak.
status-needs_review = Açıklığa kavuşturuluyor
status-needs_review-explain = Açıklığa kavuşturmamız gereken bir konu var. Sizinle iletişime geçeceğiz.
status-in_allocation = Yer dağıtımında
status-in_allocation-explain = Gençlik Dairesi (Jugendamt) şu anda yerleri dağıtıyor. Şu anda değişiklik yapılamaz.
status-offered = Yer teklif edildi
status-offered-explain = Size bir yer teklif edildi. Lütfen zamanında yanıt veriniz.
status-accepted = Kabul edildi
status-accepted-explain = Teklifi kabul ettiniz. Kurum, sözleşme için sizinle iletişime geçecek.
status-contracted = Sözleşme imzalandı
status-contracted-explain = Bakım sözleşmesi (Betreuungsvertrag) imzalandı.
status-declined = Reddedildi
status-declined-explain = Teklifi reddettiniz.
status-expired = Teklifin süresi doldu
status-expired-explain = Teklif zamanında kabul edilmedi.
status-rejected = Bekleme listesi
status-rejected-explain = Bu turda yer çıkmadı. Başvurunuz bekleme listesinde (Warteliste) kalıyor.
status-withdrawn = Geri çekildi
status-withdrawn-explain = Başvuru geri çekildi.
status-closed = Kapatıldı
status-closed-explain = Başvuru kapatıldı.
mail-application-subject = Kreş başvurunuz
mail-application-body = Merhaba,
    
    { $child } için yapılan başvurunun güncel durumu: { $status }.
    
    Ayrıntılar: { $link }
err-a-start-invalid = Lütfen geçerli bir başlangıç tarihi giriniz.
err-a-start-past = Başlangıç tarihi geçmişte olamaz.
err-a-start-far = Başlangıç tarihi çok ileride. Bu tarih için şimdi başvuru yapılamaz.
err-a-no-category = Bu tarihte bu çocuk için uygun bir yaş grubu yok.
err-a-too-many = Çok fazla kurum seçildi.
err-a-repeated = Her kurum yalnızca bir kez seçilebilir.
err-a-no-wish = Lütfen en az bir kurum seçiniz.
err-a-unknown-facility = Bu kurum bu belediyeye ait değil.
err-a-no-places = { $name } kurumunda bu tarihte çocuğunuzun yaş grubu için yer yok.
err-a-hours-missing = Lütfen haftalık bakım süresini seçiniz.
err-a-hours-not-offered = { $name } kurumu bu bakım süresini sunmuyor.
err-a-kind = Lütfen bakım talebi (Betreuungsanfrage) veya ihtiyaç bildirimi (Bedarfsmeldung) seçiniz.
err-a-child = Lütfen çocuklarınızdan birini seçiniz.
err-a-answers = Bilinmeyen seçim.
err-a-consent = Lütfen metni kabul ediniz. Aksi halde başvuruyu işleme alamayız.
nav-office-applications = Başvurular
oa-facility = Tercih edilen kurum
nav-rules = Dağıtım kuralları
err-points = Lütfen 0 ile 10000 arasında bir tam sayı giriniz.
err-consent-text = Lütfen en fazla 10000 karakterlik bir metin giriniz.
err-deadline = Lütfen kreş yılını ve bir tarih giriniz.
paper-code = Etkinleştirme kodu (Aktivierungscode)
claim-title = Kâğıt başvuruyu hesabınıza aktarın
claim-intro = Kâğıt üzerinde başvuru yaptınız ve bir etkinleştirme kodu (Aktivierungscode) mu aldınız? Kodu buraya giriniz. Çocuğunuz ve başvurunuz bundan sonra hesabınızda görünür.
claim-submit = Kodu kullan
claim-link = Kâğıt başvuruyu etkinleştirme koduyla hesabınıza aktarın
err-claim-unknown = Bu kodu tanımıyoruz. Lütfen girdiğiniz kodu kontrol ediniz (10 karakter).
flash-claimed = Kâğıt başvuru artık hesabınızda.
nav-review = Kontrol listesi
nav-ewo = Nüfus kaydı
reg-status = Nüfus kaydı (Melderegister)
reg-pending = Kontrol bekleniyor
reg-resident = Belediyede kayıtlı
reg-not_found = Kayıtlı değil (başka belediyeden bir çocuk mu?)
reg-ambiguous = Birden fazla olası kişi
reg-unchecked = Nüfus kaydı sistemi bağlı değil
reg-out_of_town_approved = Başka belediyeden çocuk kabul edildi
reg-out_of_town_rejected = Başka belediyeden çocuk kabul edilmedi
reg-retry = Nüfus kaydına ulaşılamıyor, { $n }. deneme başarısız oldu; sonraki deneme: { $at }
reg-note = Gerekçe
reg-move-in = Planlanan taşınma
reg-decide = Karar
reg-decide-resident = Çocuk belediyede kayıtlı (kontrol edildi)
reg-decide-approve = Başka belediyeden çocuk olarak kabul et (örneğin taşınma nedeniyle)
reg-decide-reject = Kabul etme; başvuru kapatılır
reg-reason = Gerekçe (zorunlu)
reg-move-in-date = Planlanan taşınma tarihi
reg-move-in-hint = Yalnızca aile belediyeye taşınacağı için kabul edildiğinde.
reg-decide-submit = Kararı kaydet
err-register-kind = Lütfen bir yöntem seçiniz.
err-register-endpoint = Lütfen bir https adresi giriniz (http yalnızca bu bilgisayar için, örneğin simülatör için).
err-register-username = Kullanıcı adı çok uzun veya kontrol karakterleri içeriyor.
err-register-timeout = Lütfen 1 ile 120 arasında bir sayı giriniz.
err-decision-reason = Lütfen bir gerekçe giriniz (en fazla 500 karakter).
err-move-in-date = Taşınma tarihi geçersiz veya kararla uyuşmuyor.
err-already-decided = Bu konuda zaten karar verildi.
flash-merged = Başvurular birleştirildi. Her iki başvurunun geçmişi korunuyor.
event-register_resident = İkamet onaylandı
event-register_not_found = İkamet açıklığa kavuşturuluyor
event-register_ambiguous = İkamet açıklığa kavuşturuluyor
event-check_completed = Bilgiler kontrol edildi
event-duplicate_suspected = Çift kayıt olup olmadığı kontrol ediliyor
event-register_confirmed = İkamet onaylandı
event-out_of_town_approved = Başka belediyeden çocuk olarak kabul edildi
event-out_of_town_rejected = Başka belediyeden çocuk olarak kabul edilmedi
event-duplicate_distinct = Açıklığa kavuşturma tamamlandı
event-duplicate_merged = Aynı çocuk için yapılan başka bir başvuruyla birleştirildi
event-merged_into = Aynı çocuk için yapılan başka bir başvuruyla birleştirildi
event-merged_from = Aynı çocuk için yapılan başka bir başvuru bu başvuruyla birleştirildi
nav-allocation = Yer dağıtımı
err-round-name = Lütfen bir ad giriniz (en fazla 120 karakter).
err-round-start = Lütfen geçerli bir esas tarih (Stichtag) giriniz.
err-round-categories = Lütfen en az bir yaş grubu seçiniz.
err-round-kinds = Lütfen en az bir başvuru türü seçiniz.
err-round-months = Lütfen geçerli bir dönem giriniz (başlangıç, bitişten sonra olamaz).
flash-published = Yayımlandı. Resmî yazılar (Bescheide) gönderiliyor.
err-already-published = Bu tur zaten yayımlandı. Hiçbir şey yeniden gönderilmedi.
err-run-outdated = Bu hesaplamadan sonra boş yerler değişti. Lütfen yeni bir deneme hesaplaması yapınız.
cat-short-U2 = U2
cat-short-U3 = U3
cat-short-UE3 = Ü3
cat-short-HORT = Hort
offer-title = Yer teklifiniz
offer-status = Durum
offer-open = Açık – lütfen yanıt veriniz
offer-accepted = Kabul edildi
offer-declined = Reddedildi
offer-expired = Süre doldu
offer-lapsed = Yer bu arada başkasına verildi
offer-withdrawn = Geri alındı
offer-deadline = Lütfen en geç { $deadline } tarihine kadar yanıt veriniz.
offer-accept = Yeri kabul et
offer-decline = Yeri reddet
flash-offer-accepted = Yeri kabul ettiniz. Kurum, bakım sözleşmesi için sizinle iletişime geçecek.
flash-offer-declined = Yeri reddettiniz. Bu yer bir sonraki turda yeniden dağıtılacak.
err-offer-not-open = Bu teklif artık geçerli değil.
err-offer-place-gone = Üzgünüz, son yer az önce başkasına verildi. Başvurunuz bekleme listesinde kalıyor.
expl-title = Yer dağıtımında nasıl karar verildi
expl-first-wish = Çocuğunuza ilk tercihiniz olan kurumda yer verildi: { $facility }.
expl-placed = Çocuğunuza şu kurumda yer verildi: { $facility }. Daha üst sıraya yazdığınız kurumlar hakkında bilgi:
expl-unplaced = Bu turda tercih ettiğiniz kurumlarda çocuğunuz için yer çıkmadı:
expl-full = { $facility }: { $capacity ->
    [one] tek { $category } yeri, en az { $cutoff } puanı olan bir çocuğa verildi
   *[other] { $capacity } { $category } yerinin hepsi, en az { $cutoff } puanı olan çocuklara verildi
}. Sizin başvurunuz { $points } puan aldı.
expl-full-tie = { $facility }: { $capacity ->
    [one] tek { $category } yeri dolu.
   *[other] { $capacity } { $category } yerinin hepsi dolu.
} Başvurunuz { $points } puan aldı. Bu, son kabul edilen çocukların puanıyla aynıydı. Bu çocuklar arasında kura numarası karar verdi.
expl-no-capacity = { $facility }: başlangıç tarihinde orada boş { $category } yeri yoktu.
expl-sibling = { $facility }: Kardeşlerin aynı yerde bakılabilmesi için bu tercih geri plana alındı.
expl-unknown = { $facility }: Bu kurum yer dağıtımına katılmadı.
event-offered = Yer teklif edildi
event-no_place_this_round = Bu turda yer yok – bekleme listesinde
event-place_taken_meanwhile = Yer bu arada başkasına verildi – bekleme listesinde
event-accepted_by_parent = Teklif kabul edildi
event-declined_by_parent = Teklif reddedildi
event-closed_other_accepted = Başka bir teklif kabul edildiği için kapatıldı
event-offer_expired = Yanıt süresi doldu
mail-offer-subject = Çocuğunuz için bir yer
mail-offer-body = Merhaba,
    
    { $child } için size { $facility } kurumunda bir yer teklif ediyoruz.
    Lütfen teklifi en geç { $deadline } tarihine kadar kabul ediniz veya reddediniz: { $link }
    
    Yanıt vermezseniz teklif geçerliliğini yitirir ve yer yeniden dağıtılır.
mail-reminder-subject = Hatırlatma: çocuğunuz için yer teklifi
mail-reminder-body = Merhaba,
    
    { $child } için { $facility } kurumunda yapılan yer teklifi { $deadline } tarihine kadar geçerlidir.
    Lütfen zamanında yanıt veriniz: { $link }
nav-allocation-settings = Dağıtım ayarları
err-bonus-points = Lütfen 0 ile 100.000 arasında bir tam sayı giriniz.
err-offer-days = Lütfen 3 ile 60 gün arasında bir süre giriniz.
offer-title-office = Yer teklifi
offer-deadline-short = son tarih: { $deadline }
err-catchment = En fazla 2.000 satır; her satırda en fazla 100 karakter.
expl-manual = { $facility }: Gençlik Dairesi (Jugendamt), durumu ayrıca inceledikten sonra bu yeri farklı bir şekilde verdi.
err-unconfirmed = Önerilen yerlerin hepsi henüz kurumlar tarafından onaylanmadı. Öneriyi onaya gönderiniz ve yanıtları bekleyiniz.
flash-adjusted = Değişiklik kaydedildi. Kapasite ve kararlılık yeniden kontrol edildi.
err-adjust-input = Değişiklik bilgileri eksik.
err-reason-required = Lütfen bir gerekçe giriniz (en fazla 1000 karakter).
err-adjust-child = Bu çocuk bu hesaplamada yer almıyor.
err-adjust-facility = Bu kurum bu hesaplamada yer almıyor.
err-adjust-not-wished = Veliler bu kurumu tercih etmedi. Çocuklar yalnızca tercih edilen kurumlara kaydırılır.
err-adjust-full = Orada bu yaş grubunda boş yer kalmadı.
err-adjust-hold = Bu kadar yer ayrılamaz: bu yerler zaten çocuklara önerildi.
err-adjust-no-change = Bu hiçbir şeyi değiştirmez.
flash-sent-for-review = Öneri, onay için kurum müdürlerine gönderildi.
flash-place-confirmed = Onaylandı.
flash-place-rejected = Reddedildi. Gençlik Dairesi gerekçenizi görebilir.
nav-proposals = Yer önerileri
err-users-facility = Lütfen kişinin çalıştığı kurumu seçiniz.
letters-title = Resmî yazılar
nav-letters = Resmî yazılar
letter-kind-offer = Yer teklifi (Zusage)
letter-kind-waiting_list = Bekleme listesi (bu turda yer yok)
letter-var-municipality = Belediyenin adı
letter-var-child-first-names = Çocuğun adları
letter-var-child-last-name = Çocuğun soyadı
letter-var-birth-date = Çocuğun doğum tarihi
letter-var-facility = Teklif edilen kurum (bekleme listesinde boş)
letter-var-start-date = Bakımın başlangıcı
letter-var-weekly-hours = Haftalık bakım saati (başvurudaki gibi)
letter-var-deadline = Yanıt süresi (bekleme listesinde boş)
letter-var-round = Dağıtım turunun adı
letter-var-today = Yazının tarihi
letter-var-portal-link = Veli portalındaki başvurunun bağlantısı
flash-letter-saved = Şablon yeni bir sürüm olarak kaydedildi.
err-letter-concurrent = Aynı anda başka bir sürüm kaydedildi. Lütfen metni kontrol edip yeniden kaydediniz.
err-letter-empty = Konu ve metin boş olamaz.
err-letter-too-long = Konu veya metin çok uzun (en fazla 20.000 karakter).
err-letter-statement = "{ $statement }" yazı şablonlarında kullanılamaz. Yalnızca if, elif, else ve endif kullanılabilir.
err-letter-invalid = Şablon kullanılamıyor: { $message }
nav-contracts = Sözleşmeler
nav-planning = Planlama
nav-api-tokens = API erişimleri
nav-texts = Metinler
nav-statistics-exports = İstatistik dışa aktarımları

## Letters as a courtesy translation (the German PDF is the binding letter)
letters-translation-link = Çeviriyi okuyun
letters-translation-note = Bu, bağlayıcı olmayan bir çeviridir. Hukuken yalnızca Almanca yazı bağlayıcıdır.
letters-translation-pdf = Almanca yazıyı (PDF) indirin
letters-translation-back = Başvuruya geri dön
lettertext-offer-subject = { $child_first_names } { $child_last_name } için çocuk bakım yeri onayı (Zusage)
lettertext-offer-body =
    Sayın Veliler,

    { $child_first_names } { $child_last_name } (doğum tarihi: { $birth_date }) için bir çocuk bakım yeri sunabildiğimizi bildirmekten memnuniyet duyarız:

    Kurum: { $facility }
    Başlangıç: { $start_date }
    Haftalık bakım süresi (saat): { $weekly_hours }

    Lütfen bu yeri en geç { $deadline } tarihine kadar Veli Portalı’nda (Elternportal) kabul edin veya reddedin:
    { $portal_link }

    Bu tarihe kadar yanıt vermezseniz teklif geçerliliğini yitirir ve yer bir sonraki dağıtım turunda yeniden verilir.

    Saygılarımızla
    Gençlik Dairesi (Jugendamt) – { $municipality }
lettertext-waiting_list-subject = { $child_first_names } { $child_last_name } için başvurunuz: bekleme listesi
lettertext-waiting_list-body =
    Sayın Veliler,

    “{ $round }” dağıtım turunda ne yazık ki { $child_first_names } { $child_last_name } (doğum tarihi: { $birth_date }) için istediğiniz kurumlarda bir yer sunamadık.

    Başvurunuz bekleme listesinde kalmaya devam eder ve bir sonraki dağıtım turuna otomatik olarak katılır. Başka bir şey yapmanıza gerek yoktur. Dağıtımın sonucunu Veli Portalı’nda (Elternportal) görebilirsiniz:
    { $portal_link }

    § 24 SGB VIII uyarınca çocuk bakım yeri için yasal hakkınız devam etmektedir. Sorularınız için lütfen Gençlik Dairesi’ne (Jugendamt) başvurun.

    Saygılarımızla
    Gençlik Dairesi (Jugendamt) – { $municipality }

## Parent fees (Elternbeiträge), parent-facing
nav-family-fees = Ücretler
nav-fees = Veli ücretleri
nav-fees-schedule = Ücret yönetmeliği
fees-parent-title = Veli ücretleri (Elternbeiträge)
fees-parent-intro = Burada çocuklarınızın bakımı için aylık ücretleri görebilirsiniz. Ücretin miktarı belediyenizin ücret yönetmeliğine (Beitragssatzung), bakım saatlerine, gelirinize ve bakımdaki çocuklarınızın sayısına göre belirlenir.
fees-months-title = Aylık ücretler
fees-month = Ay
fees-child = Çocuk
fees-care = Bakım
fees-meals = Yemek parası
fees-total = Toplam
fees-corrected = sonradan yeniden hesaplandı
fees-no-months = Çocuklarınız için henüz ücret belirlenmedi.
fees-income-title = Geliriniz
fees-income-intro = Lütfen hanenizin yıllık brüt gelirini belirtiniz. Bilgi vermezseniz en yüksek ücret kademesi uygulanır. Gençlik Dairesi (Jugendamt) bilginizi belgelere göre kontrol eder; bilginiz ancak bundan sonra geçerli olur, belirttiğiniz aydan itibaren geriye dönük olarak da.
fees-declared-from = { $date } tarihinden itibaren
fees-no-declaration = bilgi verilmedi (en yüksek kademe)
fees-verified = kontrol edildi
fees-unverified = henüz kontrol edilmedi
fees-income-label = Hanenin yıllık geliri (Euro)
fees-income-hint = Örneğin 42.000 veya 42000,00
fees-none-label = Gelirimi belirtmek istemiyorum (en yüksek ücret kademesi).
fees-valid-from = Geçerlilik başlangıcı
fees-declare = Bilgiyi gönder
fees-amount = { $amount } €
flash-fees-declared = Bilginiz bize ulaştı. Gençlik Dairesi (Jugendamt) bilginizi kontrol edecek.
err-fees-income = Lütfen Euro cinsinden bir tutar giriniz veya “Gelirimi belirtmek istemiyorum” seçeneğini işaretleyiniz.
err-fees-month = Lütfen bir ay seçiniz.

## SEPA direct debit, parent-facing
fees-mandate-title = Otomatik ödeme (SEPA talimatı)
fees-mandate-intro = SEPA otomatik ödeme talimatı ile belediye katkı paylarını hesabınızdan tahsil eder. Her tahsilattan önce tutarı ve tarihi bildiren bir e-posta alırsınız. Talimat vermezseniz katkı paylarını kendiniz havale ile ödersiniz.
fees-mandate-current = { $iban } hesabı için { $reference } numaralı talimatınız ({ $date } tarihinde verildi).
fees-mandate-none = Henüz bir talimat vermediniz.
fees-mandate-holder = Hesap sahibi
fees-mandate-iban = IBAN
fees-mandate-bic = BIC (isteğe bağlı)
fees-mandate-consent = { $municipality } Belediyesine (alacaklı kimlik numarası { $creditor }) veli katkı paylarını hesabımdan otomatik ödeme yoluyla tahsil etme yetkisi veriyorum. Aynı zamanda bankama, bu otomatik ödemeleri hesabımdan ödemesi talimatını veriyorum. Hesabımdan çekilen tutarın iadesini, hesabımın borçlandırıldığı tarihten itibaren sekiz hafta içinde talep edebilirim. Bu konuda bankamla anlaştığım koşullar geçerlidir.
fees-mandate-give = Talimat ver
fees-mandate-revoke = Talimatı iptal et
fees-mandate-unavailable = Belediyeniz henüz otomatik ödeme imkânı sunmuyor.
flash-fees-mandate = Talimatınız verildi.
flash-fees-mandate-revoked = Talimatınız iptal edildi.
err-sepa-iban = Bu IBAN geçerli değil. Lütfen kontrol edin (örn. DE89 3704 0044 0532 0130 00).
err-sepa-bic = Bu BIC geçerli değil (8 veya 11 karakter).
err-sepa-name = Lütfen hesap sahibinin adını girin.
err-sepa-consent = Lütfen talimatı onaylayın.
mail-prenotice-subject = Veli katkı payları için otomatik ödeme bildirimi
mail-prenotice-body = İyi günler, { $date } tarihinde veli katkı payları için hesabınızdan { $amount } € tahsil edeceğiz. Talimat referansı: { $reference }, alacaklı kimlik numarası: { $creditor }. Lütfen hesabınızda yeterli bakiye bulunmasını sağlayın. { $municipality } Belediyesi
nav-sepa = SEPA otomatik ödeme

## Fee notices
letter-kind-fee_notice = Veli ücretleri kararı (Beitragsbescheid)
fees-notices-title = Ücret kararları (Beitragsbescheide)
fees-notices-intro = Her ücret belirlemesi ve düzeltmesi için size e-posta ile bir karar (Bescheid) gönderilir. Tüm kararları burada PDF olarak bulabilirsiniz.
fees-notices-none = Henüz bir ücret kararı almadınız.
fees-notice-link = { $date } tarihli ücret kararı ({ $total })
mail-fee-notice-subject = Çocuk bakımı için yeni ücret kararı
mail-fee-notice-body = Merhaba, { $municipality } Belediyesi veli ücretlerini belirledi veya düzeltti: toplam { $amount } €. Kararı ekte ve Veli Portalı’nda (Elternportal) bulabilirsiniz: { $link }

## Right of access (Art. 15)
family-export-title = Verileriniz
family-export-intro = Haneniz hakkında kaydettiğimiz tüm bilgileri istediğiniz zaman indirebilirsiniz (bilgi edinme hakkı, Art. 15 GDPR – AB Genel Veri Koruma Tüzüğü): hesabınız, çocuklar, velayet sahipleri, puanları ve nüfus kaydı kontrolüyle birlikte başvurular, resmî yazılar, sözleşmeler, ücretler ve verileri kimin ne zaman açtığı veya değiştirdiği.
family-export-json = JSON dosyası olarak indirin (makine tarafından okunabilir)
family-export-pdf = PDF olarak indirin (okumak ve yazdırmak için)

## Second factor (TOTP)
tfa-title = Doğrulama kodu
tfa-intro = Hesabınız ikinci bir faktörle korunmaktadır. Lütfen doğrulama uygulamanızdaki (Authenticator) altı haneli kodu giriniz.
tfa-code = Kod
tfa-code-hint = Uygulamadaki altı rakam. Telefonunuz yanınızda değilse: kurtarma kodlarınızdan biri (örneğin ABCD-EFGH-JKMN-PQRS).
tfa-submit = Onayla
tfa-lost = Telefonunuzu ve kurtarma kodlarınızı mı kaybettiniz? Belediyenizin yönetimi ikinci faktörü sıfırlayabilir.
tfa-wrong-code = Kod yanlış veya daha önce kullanılmış. Lütfen uygulamadaki güncel kodu giriniz.
tfa-enrol-title = İkinci faktörü kurun
tfa-enrol-intro = Çocukların ve ailelerin verilerini korumak için şifrenizle ve bir uygulamadaki kodla giriş yaparsınız.
tfa-enrol-step-app = Telefonunuza bir doğrulama uygulaması (Authenticator) yükleyiniz (örneğin FreeOTP, Aegis, Google veya Microsoft Authenticator).
tfa-enrol-step-scan = Bu QR kodunu uygulamayla tarayınız.
tfa-enrol-qr = Doğrulama uygulamasını kurmak için QR kodu
tfa-enrol-manual = Ya da bu anahtarı uygulamaya giriniz:
tfa-enrol-open-app = Bu cihazda uygulamada aç
tfa-enrol-step-code = Uygulamanın şu anda gösterdiği altı haneli kodu giriniz.
tfa-enrol-submit = Kur
tfa-codes-title = Kurtarma kodlarınız
tfa-codes-intro = Telefonunuz yanınızda olmadığında bu kodların her biriyle bir kez giriş yapabilirsiniz. Kodları yazdırınız veya güvenli bir yerde saklayınız.
tfa-codes-once = Kodlar yalnızca şimdi gösterilir.
tfa-codes-continue = Devam
tfa-account-title = İkinci faktör
tfa-account-on = Kuruldu. Kullanılmamış kurtarma kodları: { $left }.
tfa-account-off = Kurulmadı. İkinci faktörle giriş için şifrenin yanında uygulamanızdan bir kod da gerekir.
tfa-account-enable = İkinci faktörü kur
tfa-account-renew = Yeni kurtarma kodları
tfa-account-disable = İkinci faktörü kapat
tfa-account-staff = Çalışanlar için ikinci faktör zorunludur.
err-login-restricted = Bu hesapla bu ağdan veya bu saatte giriş yapılmasına izin verilmiyor.
flash-tfa-wrong-code = Kod yanlış veya daha önce kullanılmış.
flash-tfa-disabled = İkinci faktör kapatıldı. Lütfen yeniden giriş yapınız.
flash-tfa-reset = İkinci faktör sıfırlandı. Bir sonraki girişte yeniden kurulacaktır.
delacc-title = Hesabı sil
delacc-teaser = Hesabınızı ve verilerinizi istediğiniz zaman silebilirsiniz.
delacc-link = Hesabı sil …
delacc-intro = { $email } hesabını siliyorsunuz. Şunlar olur:
delacc-now = Hemen: Oturumunuz kapatılır, hesap kilitlenir ve açık başvurular geri çekilir. Size önerilen yerler başka çocuklara verilir.
delacc-later = { $days } gün sonra: Başvurularınız, aile bilgileriniz ve e-posta adresiniz silinir. O zamana kadar yanlışlıkla yapılan bir silme işlemi, Gençlik Dairesi'ne başvurarak geri alınabilir; geri çekilen başvurular geri çekilmiş olarak kalır.
delacc-kept = Çocuk bakım sözleşmeleri, ücretler ve resmî kararlar yasanın gerektirdiği süre boyunca saklanır, ardından silinir. Bu belgeler artık bir hesaba bağlı olmaz.
delacc-audit = Belediyenin kayıtlarında yalnızca ad ve e-posta adresi içermeyen bir numara kalır.
delacc-export = Bundan önce kayıtlı tüm verileri indirebilirsiniz:
delacc-password = Şifreniz
delacc-confirm = Evet, hesabımı ve verilerimi silmek istiyorum.
delacc-submit = Hesabı kalıcı olarak sil
delacc-cancel = İptal
delacc-err-password = Şifre doğru değil.
delacc-err-confirm = Lütfen hesabı silmek istediğinizi onaylayın.
flash-account-deleted = Hesabınız silindi ve oturumunuz kapatıldı. Verileriniz yedi gün sonra kalıcı olarak kaldırılacak.
