# Persian — parent portal
site-name = Kitaplatz
skip-link = رفتن به محتوا
lang-switch-label = زبان
footer-text = Kitaplatz – تخصیص جا در مهدکودک و برنامه‌ریزی نیاز در شهرداری شما
footer-accessibility = بیانیهٔ دسترس‌پذیری
a11y-title = بیانیهٔ دسترس‌پذیری
a11y-intro = شهرداری‌هایی که از Kitaplatz استفاده می‌کنند، می‌کوشند این درگاه را طبق § 12a قانون برابری افراد دارای معلولیت (BGG) و آیین‌نامهٔ فناوری اطلاعات بدون مانع (BITV 2.0) دسترس‌پذیر کنند. این بیانیه برای همهٔ صفحه‌های این نشانی است.
a11y-status-title = وضعیت انطباق
a11y-status = این درگاه تا حدی با BITV 2.0 (WCAG 2.1، سطح AA) منطبق است. محتوایی که در پایین آمده، هنوز کاملاً دسترس‌پذیر نیست.
a11y-gaps-title = محتوای غیرقابل دسترس
a11y-gap-charts = نمودارهای بخش برنامه‌ریزی و آمار به شکل تصویر هستند. همین اعداد در جدولی درست زیر هر نمودار آمده‌اند.
a11y-gap-languages = درگاه والدین به ده زبان در دسترس است؛ صفحه‌های ادارهٔ امور کودکان و نوجوانان (Jugendamt)، مراکز و شهرستان (Landkreis) فقط به آلمانی و انگلیسی هستند. نامه‌های رسمی (Bescheide) و نامه‌های دیگر به آلمانی، که زبان رسمی اداری است، فرستاده می‌شوند (§ 23 VwVfG)؛ محتوای آن‌ها در صفحهٔ درخواست به زبان شما توضیح داده می‌شود.
a11y-gap-pdf = نامه‌های PDF برای والدین هنوز به شکل PDF دسترس‌پذیر (PDF/UA) برچسب‌گذاری نشده‌اند. متن آن‌ها در ایمیل و در صفحهٔ درخواست هم هست.
a11y-made-title = تهیهٔ این بیانیه
a11y-made = این بیانیه بر پایهٔ ارزیابی خودِ توسعه‌دهندگان است (نوامبر ۲۰۲۶). این موارد بررسی شد: کار با صفحه‌کلید، سرتیترها و نواحی اصلی صفحه، برچسب‌ها و پیام‌های خطای فیلدهای فرم، کنتراست و بزرگ‌نمایی. بررسی خودکار همهٔ صفحه‌ها با axe-core در حال آماده‌سازی است.
a11y-feedback-title = بازخورد و تماس
a11y-feedback = آیا در دسترسی به این درگاه به مانعی برخورده‌اید؟ لطفاً با ادارهٔ امور کودکان و نوجوانان (Jugendamt) شهرداری خود تماس بگیرید. ما ظرف شش هفته پاسخ می‌دهیم. اگر بخواهید، محتوا را به شکلی که برای شما قابل استفاده باشد در اختیارتان می‌گذاریم.
a11y-arbitration-title = میانجیگری (Schlichtung)
a11y-arbitration = اگر به بازخورد خود پاسخ رضایت‌بخشی نگرفتید، می‌توانید از مرجع میانجیگری طبق § 16 BGG درخواست میانجیگری کنید (برای ادارات ایالتی و شهرداری‌ها: مرجع میانجیگری یا دفتر بازرس (Ombudsstelle) ایالت شما). این روند رایگان است و به وکیل نیاز ندارید.
a11y-arbitration-link = مرجع میانجیگری طبق قانون برابری افراد دارای معلولیت
logged-in-as = واردشده با { $email }
main-nav-label = منوی اصلی
nav-login = ورود
nav-logout = خروج
nav-account = حساب من
nav-admin = مدیریت سامانه
nav-start = صفحهٔ اصلی
nav-office = اداره
nav-users = کاربران
nav-settings = تنظیمات
nav-audit = گزارش رویدادها
flash-logged-out = شما از حساب خود خارج شدید.
flash-confirmed = نشانی ایمیل شما تأیید شد. اکنون می‌توانید وارد شوید.
flash-password-set = رمز عبور شما ذخیره شد. لطفاً وارد شوید.
flash-invited = دعوت‌نامه فرستاده شد.
flash-disabled = دسترسی غیرفعال شد.
flash-enabled = دسترسی دوباره فعال شد.
flash-saved = ذخیره شد.
flash-own-membership = شما نمی‌توانید دسترسی خودتان را غیرفعال کنید. لطفاً از مدیر دیگری کمک بخواهید.
error-back = به صفحهٔ اصلی
error-request-id = شمارهٔ پیگیری برای پرسش‌ها: { $id }
error-400-title = درخواست نامعتبر
error-400-text = درخواست قابل پردازش نبود.
error-403-title = بدون دسترسی
error-403-text = شما اجازهٔ دیدن این صفحه را ندارید. اگر فرمی فرستاده‌اید، لطفاً صفحه را دوباره بارگیری کنید و دوباره امتحان کنید.
error-404-title = صفحه پیدا نشد
error-404-text = این صفحه وجود ندارد. لطفاً نشانی را بررسی کنید.
error-409-title = تداخل
error-409-text = این مورد از قبل وجود دارد.
error-413-title = داده‌های بیش از حد
error-413-text = این فرم داده‌های بیش از حد دارد.
error-422-title = اطلاعات ناقص
error-422-text = فرم ناقص بود. لطفاً دوباره امتحان کنید.
error-429-title = تلاش‌های بیش از حد
error-429-text = لطفاً یک دقیقه صبر کنید و دوباره امتحان کنید.
error-500-title = خطای فنی
error-500-text = مشکلی پیش آمد. اطلاعات شما از بین نرفته است. لطفاً بعداً دوباره امتحان کنید.
error-503-title = موقتاً در دسترس نیست
error-503-text = این سرویس الان در دسترس نیست. لطفاً چند دقیقهٔ دیگر دوباره امتحان کنید.
errors-summary-title = لطفاً این موارد را اصلاح کنید:
err-email-invalid = لطفاً یک نشانی ایمیل معتبر وارد کنید، مثلاً name@example.org.
err-password-short = رمز عبور باید دست‌کم ۱۲ نویسه باشد.
err-password-long = رمز عبور حداکثر می‌تواند ۲۵۶ نویسه باشد.
err-password-common = این رمز عبور بسیار رایج است و به‌آسانی حدس زده می‌شود. لطفاً رمز دیگری انتخاب کنید، مثلاً جمله‌ای از چند کلمه.
err-password-mismatch = دو رمز عبور با هم یکسان نیستند.
err-login-failed = نشانی ایمیل یا رمز عبور نادرست است.
err-login-throttled = تعداد تلاش‌های ورود بیش از حد است. لطفاً یک دقیقه صبر کنید و دوباره امتحان کنید.
err-login-unconfirmed = لطفاً اول نشانی ایمیل خود را تأیید کنید. برای این کار روی پیوند داخل ایمیل ما کلیک کنید.
err-role-invalid = لطفاً یک نقش انتخاب کنید.
err-max-wishes = لطفاً عددی از ۱ تا ۱۰ وارد کنید.
err-advance-months = لطفاً عددی از ۱ تا ۳۶ وارد کنید.
err-cutoff = لطفاً تاریخ را به شکل MM-DD (ماه-روز) وارد کنید، مثلاً 09-30.
err-threshold = لطفاً عددی از ۲ تا ۲۰ وارد کنید.
err-modules = ماژول ناشناخته.
err-slug = نام کوتاه: ۲ تا ۶۳ حرف کوچک لاتین، رقم و خط تیره؛ نباید جزو نام‌های رزروشده باشد.
err-name = لطفاً یک نام وارد کنید (حداکثر ۲۰۰ نویسه).
err-slug-taken = این نام کوتاه قبلاً گرفته شده است.
err-bundesland = لطفاً یک ایالت (Bundesland) انتخاب کنید.
err-ags = کد رسمی شهرداری (Amtlicher Gemeindeschlüssel) دقیقاً ۸ رقم دارد و با شمارهٔ ایالت 01 تا 16 شروع می‌شود.
err-ags-land = کد شهرداری با ایالت انتخاب‌شده جور نیست.
err-district = لطفاً یک شهرستان (Landkreis) انتخاب کنید.
err-slug-or-ags-taken = نام کوتاه یا کد شهرداری قبلاً گرفته شده است.
err-role-scope = لطفاً یک نقش و شهرداری یا شهرستان مناسب آن را انتخاب کنید.
token-problem-title = این پیوند کار نمی‌کند
token-invalid = این پیوند نامعتبر است. لطفاً بررسی کنید که پیوند را کامل کپی کرده باشید.
token-expired = این پیوند منقضی شده است. لطفاً پیوند تازه‌ای درخواست کنید.
token-used = این پیوند قبلاً استفاده شده است. هر پیوند فقط یک بار کار می‌کند.
token-problem-forgot-link = درخواست پیوند تازه
role-parent = والدین
role-facility_staff = کارکنان مرکز
role-facility_lead = مدیر مرکز
role-provider_admin = مدیریت نهاد گرداننده (Träger)
role-youth_office = ادارهٔ امور کودکان و نوجوانان (Jugendamt)
role-municipality_admin = مدیریت شهرداری
role-district_official = شهرستان (Landkreis)
role-operator = مدیریت سامانه
mail-signature = تیم Kitaplatz
mail-confirm-subject = لطفاً نشانی ایمیل خود را تأیید کنید
mail-confirm-body = با سلام،
    
    شما در Kitaplatz ({ $municipality }) ثبت‌نام کرده‌اید. لطفاً نشانی ایمیل خود را با این پیوند تأیید کنید (اعتبار: ۳ روز):
    
    { $link }
    
    اگر شما ثبت‌نام نکرده‌اید، می‌توانید این ایمیل را نادیده بگیرید.
mail-exists-subject = ثبت‌نام در Kitaplatz
mail-exists-body = با سلام،
    
    کسی کوشیده است با نشانی ایمیل شما حساب کاربری تازه‌ای بسازد. شما از قبل حساب کاربری دارید. ورود: { $login }
    
    رمز عبور را فراموش کرده‌اید؟ { $reset }
    
    اگر این کار را شما نکرده‌اید، لازم نیست کاری انجام دهید.
mail-reset-subject = بازنشانی رمز عبور
mail-reset-body = با سلام،
    
    با این پیوند می‌توانید رمز عبور تازه‌ای بگذارید. این پیوند ۱۲ ساعت اعتبار دارد و فقط یک بار کار می‌کند:
    
    { $link }
    
    اگر چنین درخواستی نکرده‌اید، این ایمیل را نادیده بگیرید؛ رمز عبور شما تغییری نمی‌کند.
mail-invite-subject = دعوت به Kitaplatz
mail-invite-body = با سلام،
    
    شما به Kitaplatz دعوت شده‌اید: نقش «{ $role }» در { $scope }. لطفاً رمز عبور خود را با این پیوند بگذارید (اعتبار: ۷ روز):
    
    { $link }
mail-granted-subject = نقش تازه در Kitaplatz
mail-granted-body = با سلام،
    
    حساب شما نقش تازه‌ای گرفته است: «{ $role }» در { $scope }. ورود: { $link }
index-title = یافتن جا در مهدکودک و درخواست آن
index-intro = شهرداری خود را انتخاب کنید. سپس می‌توانید مهدکودک‌ها را ببینید، برای جا در مهدکودک درخواست بدهید یا نیاز فرزندتان به مراقبت را اعلام کنید.
index-municipalities = شهرداری‌ها
index-none = هنوز هیچ شهرداری‌ای راه‌اندازی نشده است.
municipality-title = مراقبت از کودک در { $name }
municipality-intro = در اینجا نیاز فرزندتان به مراقبت را اعلام می‌کنید. همچنین می‌توانید برای جا در مهدکودک (Kita) یا نزد پرستار کودک (Kindertagespflege) درخواست بدهید. با حساب کاربری، هر زمان وضعیت را می‌بینید.
municipality-register = ساختن حساب کاربری
municipality-login = ورود
login-title = ورود
login-email = نشانی ایمیل
login-password = رمز عبور
login-submit = ورود
login-forgot = رمز عبور را فراموش کرده‌اید؟
login-register-hint = هنوز حساب کاربری ندارید؟ در صفحهٔ اصلی شهرداری خود را انتخاب کنید و آنجا حساب بسازید.
login-session-expired = چون مدتی فعالیتی نداشتید، نشست شما به پایان رسید. لطفاً دوباره وارد شوید.
register-title = ساختن حساب کاربری
register-intro = برای حساب کاربری فقط نشانی ایمیل و یک رمز عبور لازم است. اطلاعات فرزندتان را بعداً در درخواست وارد می‌کنید.
register-email = نشانی ایمیل
register-password = رمز عبور
register-password-hint = دست‌کم ۱۲ نویسه. امن‌ترین رمز، جمله‌ای از چند کلمه است.
register-password2 = تکرار رمز عبور
register-submit = ساختن حساب کاربری
check-mail-title = لطفاً ایمیل خود را بررسی کنید
check-mail-text = ما برای شما ایمیلی فرستادیم. روی پیوند داخل آن کلیک کنید تا نشانی شما تأیید شود. ایمیلی دریافت نکردید؟ لطفاً پوشهٔ هرزنامه (Spam) را هم نگاه کنید.
confirm-title = تأیید نشانی ایمیل
confirm-text = لطفاً تأیید کنید که این نشانی ایمیل متعلق به شماست.
confirm-submit = همین حالا تأیید کنید
forgot-title = فراموشی رمز عبور
forgot-text = نشانی ایمیل خود را وارد کنید. اگر حسابی با این نشانی وجود داشته باشد، پیوندی برای گذاشتن رمز عبور تازه برایتان می‌فرستیم.
forgot-email = نشانی ایمیل
forgot-submit = درخواست پیوند
forgot-sent-title = ایمیل در راه است
forgot-sent-text = اگر حسابی با این نشانی وجود داشته باشد، پیوندی برایتان فرستاده‌ایم. این پیوند ۱۲ ساعت اعتبار دارد.
set-password-title = گذاشتن رمز عبور تازه
invite-title = خوش آمدید – رمز عبور خود را بگذارید
set-password-submit = ذخیرهٔ رمز عبور
account-title = حساب من
account-email = نشانی ایمیل
account-roles = دسترسی‌های شما
account-no-roles = هنوز هیچ نقشی به حساب شما داده نشده است.
account-open = باز کردن
settings-submit = ذخیره
audit-apply = اعمال فیلتر
audit-all = همه
field-email = نشانی ایمیل
nav-kitas = مهدکودک‌ها
nav-facilities = مراکز
kind-krippe = شیرخوارگاه، زیر ۳ سال (Krippe)
kind-kindergarten = کودکستان (Kindergarten)
kind-kita = مهدکودک (Kita)
kind-hort = مراقبت پس از مدرسه (Hort)
kind-kindertagespflege = پرستار کودک (Kindertagespflege)
cat-U2 = زیر ۲ سال (U2)
cat-U3 = زیر ۳ سال (U3)
cat-UE3 = از ۳ سالگی تا مدرسه (Ü3)
cat-HORT = کودکان مدرسه‌ای (Hort)
dir-title = مهدکودک‌ها در { $name }
dir-filter = محدود کردن انتخاب
dir-kind = نوع مرکز
dir-category = گروه سنی
dir-hours = ساعت مراقبت در هفته
dir-hours-value = { $hours } ساعت
dir-profile = رویکرد آموزشی
dir-count = { $shown } از { $total } مرکز
dir-provider = نهاد گرداننده (Träger)
dir-address = نشانی
dir-opening-hours = ساعت‌های کار
dir-phone = تلفن
dir-website = وب‌سایت
dir-places = ظرفیت مجاز
dir-licensed = ظرفیت
dir-no-licence = برای امروز مجوز فعالیت (Betriebserlaubnis) وجود ندارد.
dir-back = بازگشت به فهرست
municipality-directory = دیدن مهدکودک‌ها و پرستاران کودک
err-f-name = لطفاً یک نام وارد کنید (حداکثر ۲۰۰ نویسه).
err-f-kind = لطفاً یک نوع انتخاب کنید.
err-f-address = لطفاً نشانی کامل را وارد کنید.
err-f-postal-code = کد پستی ۵ رقم دارد.
err-f-coordinates = عرض و طول جغرافیایی را یا هر دو خالی بگذارید، یا هر دو را به شکل عدد اعشاری وارد کنید.
err-f-text = متن بیش از حد طولانی است یا نویسه‌های کنترلی دارد.
err-f-website = نشانی وب‌سایت باید با https:// یا http:// شروع شود.
err-f-care-hours = لطفاً ساعت‌ها را از ۱ تا ۶۰ وارد کنید و با ویرگول لاتین (,) از هم جدا کنید.
err-f-tags = کلیدواژه‌ها: حرف، رقم و خط تیره؛ حداکثر ۲۰ کلیدواژه.
err-f-provider = لطفاً یکی از نهادهای گردانندهٔ این شهرداری را انتخاب کنید.
err-provider-taken = نهاد گرداننده‌ای با این نام از قبل وجود دارد.
err-facility-taken = مرکزی با این نام از قبل وجود دارد.
err-l-from = لطفاً تاریخ شروع را وارد کنید.
err-l-to = تاریخ پایان نامعتبر است یا پیش از تاریخ شروع است.
err-l-overlap = این بازهٔ زمانی با یکی از مجوزهای فعالیت موجود این مرکز هم‌پوشانی دارد.
err-l-reserved = تعداد جاهای رزروشده نمی‌تواند بیشتر از جاهای مجاز باشد.
err-l-places = لطفاً عدد صحیح از ۰ به بالا وارد کنید؛ دست‌کم یک گروه سنی باید جا داشته باشد.
nav-family = خانوادهٔ من
family-title = خانوادهٔ من
family-intro = فرزندان و سرپرستان قانونی (Sorgeberechtigte) را همان‌طور وارد کنید که در ادارهٔ ثبت اقامت (Melderegister) ثبت شده‌اند. اطلاعات بیشتر را فقط زمانی لازم داریم که قرارداد مراقبت بسته شود.
family-children = فرزندان
family-no-children = هنوز فرزندی وارد نشده است.
family-add-child = افزودن فرزند
family-guardians = سرپرستان قانونی
family-no-guardians = هنوز سرپرست قانونی وارد نشده است.
family-add-guardian = افزودن سرپرست قانونی
child-first_names = نام‌ها (همهٔ نام‌ها، همان‌طور که ثبت شده است)
child-last_name = نام خانوادگی
child-birth_date = تاریخ تولد
child-street = خیابان (نشانی ثبت‌شده)
child-house_number = پلاک
child-postal_code = کد پستی
child-city = شهر
child-born = متولد { $date }
child-category-today = گروه سنی امروز
child-edit = تغییر اطلاعات
err-person-name = لطفاً نامی با ۱ تا ۱۰۰ نویسه وارد کنید.
err-birth-date = لطفاً تاریخ تولد معتبری وارد کنید. این تاریخ نباید در آینده باشد و نباید بیش از ۱۴ سال پیش باشد.
nav-applications = درخواست‌ها
a-list-title = درخواست‌های من
a-none = شما هنوز درخواستی نداده‌اید.
a-new-title = درخواست تازه
a-new-for = درخواست برای { $name }
a-no-children = اول فرزند خود را وارد کنید.
a-child = فرزند
a-kind = چه چیزی می‌خواهید بفرستید؟
a-kind-request = درخواست جا (Betreuungsanfrage)
a-kind-request-hint = برای جا در مراکز مشخصی درخواست می‌دهید، به ترتیب اولویت خودتان.
a-kind-needs = اعلام نیاز (Bedarfsmeldung)
a-kind-needs-hint = اعلام می‌کنید که فرزندتان از یک تاریخ مشخص به مراقبت نیاز دارد. با این کار حق قانونی فرزندتان (Rechtsanspruch، طبق § 24 SGB VIII) حفظ می‌شود. انتخاب مرکز دلخواه اختیاری است.
a-start = تاریخ شروع دلخواه
a-hours = ساعت مراقبت در هفته
a-hours-none = مشخص نشده
a-wishes = مراکز دلخواه
a-wishes-hint = انتخاب اول را اول بگذارید. هر مرکز را فقط یک بار انتخاب کنید.
a-wish-n = انتخاب { $n }
a-wish-none = – هیچ –
a-criteria = آیا یکی از این موارد دربارهٔ خانوادهٔ شما صدق می‌کند؟
a-consent = رضایت و حفاظت از داده‌ها
a-consent-accept = متن را خوانده‌ام و موافقم.
a-submit = فرستادن درخواست
a-entitlement = حق قانونی از تاریخ
a-history = سابقه
a-withdraw = پس گرفتن درخواست
a-edit = تغییر درخواست
event-submitted = درخواست دریافت شد
event-edited = درخواست تغییر کرد
event-withdrawn_by_parent = شما آن را پس گرفتید
flash-submitted = درخواست شما دریافت شد. یک تأییدیه برایتان ایمیل کرده‌ایم.
flash-already-open = برای این فرزند و این سال مهدکودک (Kita-Jahr) از قبل یک درخواست باز وجود دارد. می‌توانید آن را اینجا تغییر دهید.
flash-not-editable = این درخواست دیگر قابل تغییر نیست.
flash-withdrawn = درخواست پس گرفته شد.
status-submitted = دریافت شد
status-submitted-explain = درخواست شما دریافت شده است و در حال بررسی است.
status-checked = بررسی شد
status-checked-explain = اطلاعات بررسی شده است. درخواست در دور بعدی تخصیص جا شرکت می‌کند.
status-needs_review = در دست بررسی بیشتر
status-needs_review-explain = هنوز باید موضوعی را روشن کنیم. با شما تماس می‌گیریم.
status-in_allocation = در حال تخصیص جا
status-in_allocation-explain = ادارهٔ امور کودکان و نوجوانان (Jugendamt) در حال تقسیم جاهاست. الان نمی‌توانید تغییری بدهید.
status-offered = جا پیشنهاد شد
status-offered-explain = به شما یک جا پیشنهاد شده است. لطفاً به‌موقع پاسخ دهید.
status-accepted = پذیرفته شد
status-accepted-explain = شما پیشنهاد را پذیرفتید. مرکز دربارهٔ قرارداد با شما تماس می‌گیرد.
status-contracted = قرارداد بسته شد
status-contracted-explain = قرارداد مراقبت (Betreuungsvertrag) بسته شده است.
status-declined = رد شد
status-declined-explain = شما پیشنهاد را رد کردید.
status-expired = مهلت پیشنهاد تمام شد
status-expired-explain = پیشنهاد به‌موقع پذیرفته نشد.
status-rejected = فهرست انتظار
status-rejected-explain = در این دور جایی نبود. درخواست شما در فهرست انتظار (Warteliste) می‌ماند.
status-withdrawn = پس گرفته شد
status-withdrawn-explain = درخواست پس گرفته شده است.
status-closed = بسته شد
status-closed-explain = درخواست بسته شده است.
mail-application-subject = درخواست شما برای مهدکودک
mail-application-body = با سلام،
    
    وضعیت درخواست برای { $child } اکنون این است: { $status }.
    
    جزئیات: { $link }
err-a-start-invalid = لطفاً تاریخ شروع معتبری وارد کنید.
err-a-start-past = تاریخ شروع نباید در گذشته باشد.
err-a-start-far = تاریخ شروع خیلی دور است. هنوز نمی‌توانید برای آن درخواست بدهید.
err-a-no-category = برای این فرزند در این تاریخ گروه سنی مناسبی وجود ندارد.
err-a-too-many = تعداد مراکز دلخواه بیش از حد است.
err-a-repeated = هر مرکز را فقط یک بار می‌توان انتخاب کرد.
err-a-no-wish = لطفاً دست‌کم یک مرکز انتخاب کنید.
err-a-unknown-facility = این مرکز متعلق به این شهرداری نیست.
err-a-no-places = { $name } در این تاریخ برای گروه سنی فرزند شما جا ندارد.
err-a-hours-missing = لطفاً ساعت مراقبت در هفته را انتخاب کنید.
err-a-hours-not-offered = { $name } این ساعت مراقبت را ارائه نمی‌دهد.
err-a-kind = لطفاً «درخواست جا» یا «اعلام نیاز» را انتخاب کنید.
err-a-child = لطفاً یکی از فرزندانتان را انتخاب کنید.
err-a-answers = گزینهٔ ناشناخته.
err-a-consent = لطفاً با متن موافقت کنید، وگرنه نمی‌توانیم درخواست را بررسی کنیم.
nav-office-applications = درخواست‌ها
oa-facility = مرکز دلخواه
nav-rules = قوانین تخصیص جا
err-points = لطفاً عدد صحیحی از ۰ تا ۱۰۰۰۰ وارد کنید.
err-consent-text = لطفاً متنی با حداکثر ۱۰۰۰۰ نویسه وارد کنید.
err-deadline = لطفاً سال مهدکودک (Kita-Jahr) و یک تاریخ وارد کنید.
paper-code = کد فعال‌سازی (Aktivierungscode)
claim-title = انتقال درخواست کاغذی
claim-intro = درخواست را روی کاغذ داده‌اید و یک کد فعال‌سازی (Aktivierungscode) گرفته‌اید؟ آن را اینجا وارد کنید. سپس فرزندتان و درخواست در حساب شما دیده می‌شوند.
claim-submit = ثبت کد
claim-link = انتقال درخواست کاغذی با کد فعال‌سازی
err-claim-unknown = این کد را نمی‌شناسیم. لطفاً آنچه وارد کرده‌اید را بررسی کنید (۱۰ نویسه).
flash-claimed = درخواست کاغذی اکنون در حساب شماست.
nav-review = فهرست بررسی
nav-ewo = ثبت اقامت (Melderegister)
reg-status = ثبت اقامت (Melderegister)
reg-pending = در انتظار بررسی
reg-resident = ساکن ثبت‌شده در این شهرداری
reg-not_found = ثبت نشده (کودک از شهر دیگر؟)
reg-ambiguous = چند فرد ممکن
reg-unchecked = به ثبت اقامت وصل نیست
reg-out_of_town_approved = کودک از شهر دیگر پذیرفته شد
reg-out_of_town_rejected = کودک از شهر دیگر پذیرفته نشد
reg-retry = دفتر ثبت در دسترس نیست، تلاش { $n } ناموفق بود؛ تلاش بعدی { $at }
reg-note = دلیل
reg-move-in = نقل مکان برنامه‌ریزی‌شده
reg-decide = تصمیم
reg-decide-resident = کودک در این شهرداری ثبت اقامت دارد (بررسی شد)
reg-decide-approve = پذیرش به‌عنوان کودک از شهر دیگر (مثلاً به دلیل نقل مکان به اینجا)
reg-decide-reject = پذیرفته نشود؛ درخواست بسته می‌شود
reg-reason = دلیل (الزامی)
reg-move-in-date = تاریخ برنامه‌ریزی‌شدهٔ نقل مکان
reg-move-in-hint = فقط وقتی که پذیرش به دلیل نقل مکان خانواده به اینجا است.
reg-decide-submit = ذخیرهٔ تصمیم
err-register-kind = لطفاً یک روش انتخاب کنید.
err-register-endpoint = لطفاً یک نشانی https وارد کنید (http فقط برای همین رایانه، مثلاً شبیه‌ساز).
err-register-username = نام کاربری بیش از حد طولانی است یا نویسه‌های کنترلی دارد.
err-register-timeout = لطفاً عددی از ۱ تا ۱۲۰ وارد کنید.
err-decision-reason = لطفاً دلیلی بنویسید (حداکثر ۵۰۰ نویسه).
err-move-in-date = تاریخ نقل مکان نامعتبر است یا با تصمیم جور نیست.
err-already-decided = دربارهٔ این مورد قبلاً تصمیم گرفته شده است.
flash-merged = درخواست‌ها یکی شدند. سابقهٔ هر دو درخواست حفظ می‌شود.
event-register_resident = محل سکونت تأیید شد
event-register_not_found = محل سکونت در حال بررسی است
event-register_ambiguous = محل سکونت در حال بررسی است
event-check_completed = اطلاعات بررسی شد
event-duplicate_suspected = در حال بررسی برای ثبت‌نام تکراری
event-register_confirmed = محل سکونت تأیید شد
event-out_of_town_approved = به‌عنوان کودک از شهر دیگر پذیرفته شد
event-out_of_town_rejected = به‌عنوان کودک از شهر دیگر پذیرفته نشد
event-duplicate_distinct = بررسی به پایان رسید
event-duplicate_merged = با درخواست دیگری برای همین فرزند یکی شد
event-merged_into = با درخواست دیگری برای همین فرزند یکی شد
event-merged_from = درخواست دیگری برای همین فرزند با این درخواست یکی شد
nav-allocation = تخصیص جا
err-round-name = لطفاً یک نام وارد کنید (حداکثر ۱۲۰ نویسه).
err-round-start = لطفاً یک تاریخ مبنای معتبر (Stichtag) وارد کنید.
err-round-categories = لطفاً دست‌کم یک گروه سنی انتخاب کنید.
err-round-kinds = لطفاً دست‌کم یک نوع درخواست انتخاب کنید.
err-round-months = لطفاً بازهٔ زمانی معتبری وارد کنید (شروع نباید بعد از پایان باشد).
flash-published = منتشر شد. نامه‌های رسمی (Bescheide) در حال ارسال است.
err-already-published = این دور قبلاً منتشر شده است. چیزی دوباره فرستاده نشد.
err-run-outdated = از زمان این اجرا، جاهای خالی تغییر کرده است. لطفاً یک اجرای آزمایشی تازه انجام دهید.
cat-short-U2 = U2
cat-short-U3 = U3
cat-short-UE3 = Ü3
cat-short-HORT = Hort
offer-title = پیشنهاد جا برای شما
offer-status = وضعیت
offer-open = باز – لطفاً پاسخ دهید
offer-accepted = پذیرفته شد
offer-declined = رد شد
offer-expired = مهلت تمام شد
offer-lapsed = جا در این فاصله به کس دیگری داده شد
offer-withdrawn = پس گرفته شد
offer-deadline = لطفاً تا { $deadline } پاسخ دهید.
offer-accept = پذیرفتن جا
offer-decline = رد کردن جا
flash-offer-accepted = شما این جا را پذیرفتید. مرکز دربارهٔ قرارداد مراقبت (Betreuungsvertrag) با شما تماس می‌گیرد.
flash-offer-declined = شما این جا را رد کردید. این جا در دور بعدی دوباره تخصیص داده می‌شود.
err-offer-not-open = این پیشنهاد دیگر باز نیست.
err-offer-place-gone = متأسفیم، آخرین جا همین حالا به کس دیگری داده شد. درخواست شما در فهرست انتظار می‌ماند.
expl-title = تخصیص جا چگونه انجام شد
expl-first-wish = فرزند شما در مرکزی که انتخاب اول شما بود جا می‌گیرد: { $facility }.
expl-placed = فرزند شما در { $facility } جا می‌گیرد. دربارهٔ مراکزی که در اولویت بالاتری گذاشته بودید:
expl-unplaced = در این دور، در مراکز دلخواه شما برای فرزندتان جایی نبود:
expl-full = { $facility }: { $capacity ->
    [one] تنها جای { $category } به یک کودک داده شد
   *[other] همهٔ { $capacity } جای { $category } به کودکان داده شد
}؛ کمترین امتیاز پذیرفته‌شده { $cutoff } بود و درخواست شما { $points } امتیاز داشت.
expl-full-tie = { $facility }: { $capacity ->
    [one] تنها جای { $category } پر شده است.
   *[other] همهٔ { $capacity } جای { $category } پر شده است.
} درخواست شما با { $points } امتیاز، هم‌امتیاز آخرین کودکان پذیرفته‌شده بود؛ میان آن‌ها شمارهٔ قرعه تصمیم گرفت.
expl-no-capacity = { $facility }: در تاریخ شروع، آنجا جای خالی { $category } نبود.
expl-sibling = { $facility }: این انتخاب کنار گذاشته شد تا خواهر و برادرها با هم در یک مرکز باشند.
expl-unknown = { $facility }: این مرکز در تخصیص جا شرکت نکرد.
event-offered = جا پیشنهاد شد
event-no_place_this_round = در این دور جایی نبود – در فهرست انتظار
event-place_taken_meanwhile = جا در این فاصله به کس دیگری داده شد – در فهرست انتظار
event-accepted_by_parent = پیشنهاد پذیرفته شد
event-declined_by_parent = پیشنهاد رد شد
event-closed_other_accepted = بسته شد، چون پیشنهاد دیگری پذیرفته شد
event-offer_expired = مهلت پاسخ تمام شد
mail-offer-subject = جایی برای فرزند شما
mail-offer-body = با سلام،
    
    ما برای { $child } یک جا در { $facility } به شما پیشنهاد می‌کنیم.
    لطفاً تا { $deadline } این پیشنهاد را بپذیرید یا رد کنید: { $link }
    
    اگر پاسخ ندهید، پیشنهاد از اعتبار می‌افتد و جا دوباره تخصیص داده می‌شود.
mail-reminder-subject = یادآوری: پیشنهاد جا برای فرزند شما
mail-reminder-body = با سلام،
    
    پیشنهاد جا برای { $child } در { $facility } تا { $deadline } معتبر است.
    لطفاً به‌موقع پاسخ دهید: { $link }
nav-allocation-settings = تنظیمات تخصیص جا
err-bonus-points = لطفاً عدد صحیحی از ۰ تا ۱۰۰٬۰۰۰ وارد کنید.
err-offer-days = لطفاً ۳ تا ۶۰ روز وارد کنید.
offer-title-office = پیشنهاد جا
offer-deadline-short = مهلت { $deadline }
err-catchment = حداکثر ۲٬۰۰۰ خط، هر خط حداکثر ۱۰۰ نویسه.
expl-manual = { $facility }: ادارهٔ امور کودکان و نوجوانان (Jugendamt) پس از بررسی جداگانهٔ این مورد، این جا را به شکل دیگری تخصیص داد.
err-unconfirmed = مراکز هنوز همهٔ جاهای پیشنهادی را تأیید نکرده‌اند. پیشنهاد را برای تأیید بفرستید و منتظر پاسخ‌ها بمانید.
flash-adjusted = تغییر ذخیره شد؛ ظرفیت و پایداری دوباره بررسی شد.
err-adjust-input = اطلاعات تغییر ناقص است.
err-reason-required = لطفاً دلیلی بنویسید (حداکثر ۱۰۰۰ نویسه).
err-adjust-child = این کودک در این اجرا نیست.
err-adjust-facility = این مرکز در این اجرا نیست.
err-adjust-not-wished = والدین این مرکز را انتخاب نکرده‌اند. کودکان فقط به مراکزی منتقل می‌شوند که والدین انتخاب کرده‌اند.
err-adjust-full = آنجا در این گروه سنی دیگر جای خالی نیست.
err-adjust-hold = این تعداد جا را نمی‌توان نگه داشت: این جاها قبلاً به کودکان پیشنهاد شده‌اند.
err-adjust-no-change = با این کار چیزی تغییر نمی‌کند.
flash-sent-for-review = پیشنهاد برای تأیید به مدیران مراکز فرستاده شد.
flash-place-confirmed = تأیید شد.
flash-place-rejected = رد شد. ادارهٔ امور کودکان و نوجوانان دلیل شما را می‌بیند.
nav-proposals = پیشنهادهای جا
err-users-facility = لطفاً مرکزی را که این فرد در آن کار می‌کند انتخاب کنید.
letters-title = نامه‌های رسمی
nav-letters = نامه‌های رسمی
letter-kind-offer = پیشنهاد جا (Zusage)
letter-kind-waiting_list = فهرست انتظار (در این دور جایی نبود)
letter-var-municipality = نام شهرداری
letter-var-child-first-names = نام‌های کودک
letter-var-child-last-name = نام خانوادگی کودک
letter-var-birth-date = تاریخ تولد کودک
letter-var-facility = مرکز پیشنهادی (برای فهرست انتظار خالی است)
letter-var-start-date = شروع مراقبت
letter-var-weekly-hours = ساعت مراقبت در هفته، مطابق درخواست
letter-var-deadline = مهلت پاسخ (برای فهرست انتظار خالی است)
letter-var-round = نام دور تخصیص
letter-var-today = تاریخ نامه
letter-var-portal-link = پیوند درخواست در درگاه والدین
flash-letter-saved = الگو به‌عنوان نسخهٔ تازه ذخیره شد.
err-letter-concurrent = هم‌زمان نسخهٔ دیگری ذخیره شد. لطفاً متن را بررسی کنید و دوباره ذخیره کنید.
err-letter-empty = موضوع و متن نباید خالی باشند.
err-letter-too-long = موضوع یا متن بیش از حد طولانی است (حداکثر ۲۰٬۰۰۰ نویسه).
err-letter-statement = «{ $statement }» در الگوهای نامه مجاز نیست. فقط if، elif، else و endif مجازند.
err-letter-invalid = این الگو قابل استفاده نیست: { $message }
nav-contracts = قراردادها
nav-planning = برنامه‌ریزی
nav-api-tokens = دسترسی API
nav-texts = متن‌ها
nav-statistics-exports = خروجی‌های آماری

## Letters as a courtesy translation (the German PDF is the binding letter)
letters-translation-link = خواندن ترجمه
letters-translation-note = این یک ترجمهٔ غیرالزام‌آور است. فقط نامهٔ آلمانی از نظر حقوقی معتبر است.
letters-translation-pdf = دانلود نامهٔ آلمانی (PDF)
letters-translation-back = بازگشت به درخواست
lettertext-offer-subject = تأیید جای نگهداری کودک برای { $child_first_names } { $child_last_name }
lettertext-offer-body =
    والدین گرامی،

    خوشحالیم که می‌توانیم برای { $child_first_names } { $child_last_name } (تاریخ تولد: { $birth_date }) یک جای نگهداری کودک پیشنهاد کنیم:

    مؤسسه: { $facility }
    تاریخ شروع: { $start_date }
    تعداد ساعات نگهداری در هفته: { $weekly_hours }

    لطفاً حداکثر تا تاریخ { $deadline } این جا را در پورتال والدین (Elternportal) بپذیرید یا رد کنید:
    { $portal_link }

    اگر تا این تاریخ پاسخ ندهید، این پیشنهاد از اعتبار ساقط می‌شود و جا در دور بعدی تخصیص به کودک دیگری واگذار خواهد شد.

    با احترام
    ادارهٔ جوانان (Jugendamt) – { $municipality }
lettertext-waiting_list-subject = درخواست شما برای { $child_first_names } { $child_last_name }: فهرست انتظار
lettertext-waiting_list-body =
    والدین گرامی،

    متأسفانه در دور تخصیص «{ $round }» نتوانستیم برای { $child_first_names } { $child_last_name } (تاریخ تولد: { $birth_date }) در مؤسسه‌هایی که درخواست کرده بودید جایی پیشنهاد کنیم.

    درخواست شما در فهرست انتظار باقی می‌ماند و به‌طور خودکار در دور بعدی تخصیص شرکت می‌کند. لازم نیست کار دیگری انجام دهید. نتیجهٔ تخصیص را می‌توانید در پورتال والدین (Elternportal) ببینید:
    { $portal_link }

    حق قانونی شما برای دریافت جای نگهداری کودک طبق § 24 SGB VIII همچنان پابرجاست. در صورت داشتن هرگونه سؤال، لطفاً با ادارهٔ جوانان (Jugendamt) تماس بگیرید.

    با احترام
    ادارهٔ جوانان (Jugendamt) – { $municipality }

## Parent fees (Elternbeiträge), parent-facing
nav-family-fees = شهریه‌ها
nav-fees = شهریهٔ والدین
nav-fees-schedule = آیین‌نامهٔ شهریه
fees-parent-title = شهریهٔ والدین (Elternbeiträge)
fees-parent-intro = در اینجا شهریهٔ ماهانهٔ نگهداری از فرزندانتان را می‌بینید. میزان شهریه بر اساس آیین‌نامهٔ شهریهٔ (Beitragssatzung) شهرداری محل سکونت شما، ساعات نگهداری، درآمد شما و تعداد فرزندانتان که تحت نگهداری هستند تعیین می‌شود.
fees-months-title = شهریهٔ ماهانه
fees-month = ماه
fees-child = کودک
fees-care = نگهداری
fees-meals = هزینهٔ غذا
fees-total = جمع کل
fees-corrected = بعداً دوباره محاسبه شد
fees-no-months = هنوز هیچ شهریه‌ای برای فرزندان شما تعیین نشده است.
fees-income-title = درآمد شما
fees-income-intro = لطفاً درآمد سالانهٔ ناخالص خانوار خود را وارد کنید. اگر درآمدی وارد نکنید، بالاترین ردهٔ شهریه اعمال می‌شود. ادارهٔ جوانان (Jugendamt) اطلاعات شما را بر اساس مدارک بررسی می‌کند؛ فقط پس از آن این اطلاعات معتبر است، حتی به‌طور عطف به ماسبق از ماهی که ذکر کرده‌اید.
fees-declared-from = از { $date }
fees-no-declaration = اعلام نشده (بالاترین رده)
fees-verified = بررسی شده
fees-unverified = هنوز بررسی نشده
fees-income-label = درآمد سالانهٔ خانوار (یورو)
fees-income-hint = برای مثال 42.000 یا 42000,00
fees-none-label = نمی‌خواهم درآمدم را اعلام کنم (بالاترین ردهٔ شهریه).
fees-valid-from = معتبر از
fees-declare = ارسال اطلاعات
fees-amount = { $amount } یورو
flash-fees-declared = اطلاعات شما دریافت شد. ادارهٔ جوانان (Jugendamt) آن را بررسی خواهد کرد.
err-fees-income = لطفاً مبلغی به یورو وارد کنید یا گزینهٔ «نمی‌خواهم درآمدم را اعلام کنم» را علامت بزنید.
err-fees-month = لطفاً یک ماه را انتخاب کنید.

## SEPA direct debit, parent-facing
fees-mandate-title = برداشت مستقیم (مجوز SEPA)
fees-mandate-intro = با مجوز برداشت مستقیم SEPA، شهرداری شهریه را از حساب شما برداشت می‌کند. پیش از هر برداشت، ایمیلی با مبلغ و تاریخ دریافت می‌کنید. بدون مجوز، شهریه را خودتان واریز می‌کنید.
fees-mandate-current = مجوز شما { $reference } برای حساب { $iban } (صادرشده در تاریخ { $date }).
fees-mandate-none = شما هنوز مجوزی صادر نکرده‌اید.
fees-mandate-holder = صاحب حساب
fees-mandate-iban = IBAN
fees-mandate-bic = BIC (اختیاری)
fees-mandate-consent = اینجانب به شهرداری { $municipality } (شناسهٔ بستانکار { $creditor }) اجازه می‌دهم شهریهٔ مهدکودک را از طریق برداشت مستقیم از حساب من دریافت کند. همزمان به بانک خود دستور می‌دهم این برداشت‌های مستقیم را پرداخت کند. من می‌توانم ظرف هشت هفته از تاریخ برداشت، بازپرداخت مبلغ برداشت‌شده را درخواست کنم. در این خصوص، شرایط توافق‌شده با بانکم اعمال می‌شود.
fees-mandate-give = صدور مجوز
fees-mandate-revoke = لغو مجوز
fees-mandate-unavailable = شهرداری شما هنوز امکان برداشت مستقیم را ارائه نمی‌دهد.
flash-fees-mandate = مجوز شما صادر شد.
flash-fees-mandate-revoked = مجوز شما لغو شد.
err-sepa-iban = این IBAN معتبر نیست. لطفاً آن را بررسی کنید (مثلاً DE89 3704 0044 0532 0130 00).
err-sepa-bic = این BIC معتبر نیست (۸ یا ۱۱ نویسه).
err-sepa-name = لطفاً نام صاحب حساب را وارد کنید.
err-sepa-consent = لطفاً مجوز را تأیید کنید.
mail-prenotice-subject = اطلاعیهٔ برداشت مستقیم برای شهریهٔ مهدکودک
mail-prenotice-body = با سلام، ما در تاریخ { $date } مبلغ { $amount } یورو را بابت شهریهٔ مهدکودک از حساب شما برداشت می‌کنیم. شمارهٔ مرجع مجوز: { $reference }، شناسهٔ بستانکار: { $creditor }. لطفاً از کافی بودن موجودی حساب خود اطمینان حاصل کنید. شهرداری { $municipality }
nav-sepa = برداشت مستقیم SEPA

## Fee notices
letter-kind-fee_notice = نامهٔ رسمی شهریهٔ والدین (Beitragsbescheid)
fees-notices-title = نامه‌های رسمی شهریه (Beitragsbescheide)
fees-notices-intro = برای هر تعیین یا اصلاح شهریه، یک نامهٔ رسمی از طریق ایمیل دریافت می‌کنید. همهٔ این نامه‌ها را اینجا به‌صورت PDF می‌یابید.
fees-notices-none = شما هنوز هیچ نامهٔ رسمی شهریه‌ای دریافت نکرده‌اید.
fees-notice-link = نامهٔ رسمی شهریه به تاریخ { $date } ({ $total })
mail-fee-notice-subject = نامهٔ رسمی تازه دربارهٔ شهریهٔ نگهداری از کودک
mail-fee-notice-body = با سلام، شهرداری { $municipality } شهریهٔ والدین را تعیین یا اصلاح کرده است: در مجموع { $amount } یورو. نامهٔ رسمی را در پیوست و در پورتال والدین (Elternportal) می‌یابید: { $link }

## Right of access (Art. 15)
family-export-title = اطلاعات شما
family-export-intro = شما می‌توانید هر زمان همهٔ اطلاعاتی را که دربارهٔ خانوار شما ذخیره کرده‌ایم دانلود کنید (حق دسترسی، Art. 15 GDPR – مقررات عمومی حفاظت از داده‌های اتحادیهٔ اروپا): حساب کاربری، فرزندان، سرپرستان قانونی، درخواست‌ها همراه با امتیازها و بررسی ثبت اقامت، نامه‌های رسمی، قراردادها، شهریه‌ها و اینکه چه کسی و چه زمانی اطلاعات را باز کرده یا تغییر داده است.
family-export-json = دانلود به‌صورت فایل JSON (قابل خواندن توسط رایانه)
family-export-pdf = دانلود به‌صورت PDF (برای خواندن و چاپ)

## Second factor (TOTP)
tfa-title = کد تأیید
tfa-intro = حساب کاربری شما با عامل دوم محافظت می‌شود. کد شش‌رقمی را از برنامهٔ احراز هویت (Authenticator) خود وارد کنید.
tfa-code = کد
tfa-code-hint = شش رقم از برنامه. اگر تلفنتان همراهتان نیست: یکی از کدهای بازیابی خود (مثلاً ABCD-EFGH-JKMN-PQRS).
tfa-submit = تأیید
tfa-lost = تلفن و کدهای بازیابی خود را گم کرده‌اید؟ ادارهٔ شهرداری شما می‌تواند عامل دوم را بازنشانی کند.
tfa-wrong-code = کد نادرست است یا قبلاً استفاده شده است. لطفاً کد فعلی را از برنامه وارد کنید.
tfa-enrol-title = راه‌اندازی عامل دوم
tfa-enrol-intro = برای محافظت از اطلاعات کودکان و خانواده‌ها، ورود با رمز عبور و یک کد از برنامه انجام می‌شود.
tfa-enrol-step-app = یک برنامهٔ احراز هویت (Authenticator) روی تلفن خود نصب کنید (مثلاً FreeOTP، Aegis، Google یا Microsoft Authenticator).
tfa-enrol-step-scan = این کد QR را با برنامه اسکن کنید.
tfa-enrol-qr = کد QR برای راه‌اندازی برنامهٔ احراز هویت
tfa-enrol-manual = یا این کلید را در برنامه وارد کنید:
tfa-enrol-open-app = باز کردن در برنامه روی همین دستگاه
tfa-enrol-step-code = کد شش‌رقمی را که برنامه اکنون نشان می‌دهد وارد کنید.
tfa-enrol-submit = راه‌اندازی
tfa-codes-title = کدهای بازیابی شما
tfa-codes-intro = وقتی تلفنتان دم دستتان نیست، با هر یک از این کدها می‌توانید یک بار وارد شوید. آن‌ها را چاپ کنید یا در جای امنی نگه دارید.
tfa-codes-once = این کدها فقط همین حالا نشان داده می‌شوند.
tfa-codes-continue = ادامه
tfa-account-title = عامل دوم
tfa-account-on = راه‌اندازی شده است. کدهای بازیابیِ استفاده‌نشده: { $left }.
tfa-account-off = راه‌اندازی نشده است. با عامل دوم، برای ورود علاوه بر رمز عبور به کدی از برنامهٔ خود نیاز دارید.
tfa-account-enable = راه‌اندازی عامل دوم
tfa-account-renew = کدهای بازیابی تازه
tfa-account-disable = خاموش کردن عامل دوم
tfa-account-staff = عامل دوم برای کارکنان الزامی است.
err-login-restricted = ورود با این حساب از این شبکه یا در این زمان مجاز نیست.
flash-tfa-wrong-code = کد نادرست است یا قبلاً استفاده شده است.
flash-tfa-disabled = عامل دوم خاموش شد. لطفاً دوباره وارد شوید.
flash-tfa-reset = عامل دوم بازنشانی شد. هنگام ورود بعدی دوباره راه‌اندازی می‌شود.
delacc-title = حذف حساب کاربری
delacc-teaser = شما می‌توانید هر زمان حساب کاربری و اطلاعات خود را حذف کنید.
delacc-link = حذف حساب کاربری …
delacc-intro = شما در حال حذف حساب کاربری { $email } هستید. آنچه اتفاق می‌افتد:
delacc-now = بلافاصله: از سامانه خارج می‌شوید، حساب مسدود می‌شود و درخواست‌های در حال بررسی پس گرفته می‌شوند. جاهایی که به شما پیشنهاد شده است به کودکان دیگر داده می‌شود.
delacc-later = پس از { $days } روز: درخواست‌ها، اطلاعات خانوادگی و نشانی ایمیل شما حذف می‌شوند. تا آن زمان، اگر حذف به اشتباه انجام شده باشد، می‌توانید با درخواست از اداره امور جوانان آن را لغو کنید؛ اما درخواست‌هایی که پس گرفته شده‌اند دوباره فعال نمی‌شوند.
delacc-kept = قراردادهای نگهداری کودک، هزینه‌ها و ابلاغیه‌های رسمی تا زمانی که قانون لازم می‌داند نگه داشته می‌شوند و سپس حذف می‌شوند. این اسناد دیگر به هیچ حساب کاربری وابسته نیستند.
delacc-audit = در سوابق شهرداری فقط یک شماره، بدون نام و نشانی ایمیل، باقی می‌ماند.
delacc-export = پیش از آن می‌توانید همه اطلاعات ذخیره‌شده را دانلود کنید:
delacc-password = رمز عبور شما
delacc-confirm = بله، می‌خواهم حساب کاربری و اطلاعاتم را حذف کنم.
delacc-submit = حذف دائمی حساب کاربری
delacc-cancel = انصراف
delacc-err-password = رمز عبور درست نیست.
delacc-err-confirm = لطفاً تأیید کنید که می‌خواهید حساب کاربری را حذف کنید.
flash-account-deleted = حساب کاربری شما حذف شد و از سامانه خارج شدید. اطلاعات شما هفت روز دیگر به طور کامل پاک می‌شود.
