# Arabic — parent portal
site-name = Kitaplatz
skip-link = الانتقال إلى المحتوى
lang-switch-label = اللغة
footer-text = Kitaplatz – توزيع أماكن رعاية الأطفال (Kita) وتخطيط الاحتياجات في بلديتكم
footer-accessibility = بيان إمكانية الوصول
a11y-title = بيان إمكانية الوصول
a11y-intro = تسعى البلديات التي تستخدم Kitaplatz إلى جعل هذه البوابة سهلة الاستخدام للجميع دون عوائق، وفقًا لـ § 12a من قانون المساواة للأشخاص ذوي الإعاقة (BGG) ولائحة تقنية المعلومات الخالية من العوائق (BITV 2.0). ينطبق هذا البيان على جميع الصفحات في هذا العنوان.
a11y-status-title = مدى التوافق مع المتطلبات
a11y-status = البوابة متوافقة جزئيًا مع BITV 2.0 (WCAG 2.1، المستوى AA). المحتويات المذكورة أدناه ليست خالية من العوائق بالكامل بعد.
a11y-gaps-title = محتويات غير خالية من العوائق
a11y-gap-charts = الرسوم البيانية في التخطيط والإحصاء عبارة عن صور. الأرقام نفسها موجودة في جدول تحت كل رسم مباشرة.
a11y-gap-languages = بوابة أولياء الأمور متاحة بعشر لغات؛ أما صفحات مكتب رعاية الشباب (Jugendamt) والمؤسسات والدائرة (Landkreis) فمتاحة بالألمانية والإنجليزية فقط. تصدر القرارات الرسمية (Bescheide) والرسائل باللغة الألمانية بوصفها اللغة الرسمية (§ 23 VwVfG)؛ ويُشرح محتواها بلغتكم على صفحة الطلب.
a11y-gap-pdf = رسائل أولياء الأمور بصيغة PDF ليست بعدُ ملفات PDF خالية من العوائق (PDF/UA). محتواها موجود أيضًا في البريد الإلكتروني وعلى صفحة الطلب.
a11y-made-title = إعداد هذا البيان
a11y-made = يستند هذا البيان إلى تقييم ذاتي أجراه المطوّرون (نوفمبر 2026). تم فحص ما يلي: الاستخدام بلوحة المفاتيح، والعناوين ومعالم الصفحة، وتسميات حقول النماذج ورسائل الخطأ فيها، والتباين والتكبير. ويجري التحضير لفحص آلي لجميع الصفحات باستخدام axe-core.
a11y-feedback-title = الملاحظات والتواصل
a11y-feedback = هل لاحظتم عوائق تمنعكم من الوصول؟ يُرجى التواصل مع مكتب رعاية الشباب (Jugendamt) في بلديتكم. نرد خلال ستة أسابيع، ونوفّر لكم المحتوى عند الطلب بشكل يمكنكم الوصول إليه.
a11y-arbitration-title = إجراء التسوية (Schlichtungsverfahren)
a11y-arbitration = إذا لم تحصلوا على رد مُرضٍ على ملاحظاتكم، يمكنكم طلب إجراء تسوية لدى هيئة التسوية وفق § 16 BGG (بالنسبة لسلطات الولايات والبلديات: هيئة التسوية أو مكتب أمين المظالم في ولايتكم). الإجراء مجاني، ولا تحتاجون إلى محامٍ.
a11y-arbitration-link = هيئة التسوية وفق قانون المساواة للأشخاص ذوي الإعاقة
logged-in-as = تم تسجيل الدخول باسم { $email }
main-nav-label = القائمة الرئيسية
nav-login = تسجيل الدخول
nav-logout = تسجيل الخروج
nav-account = حسابي
nav-admin = التشغيل
nav-start = الصفحة الرئيسية
nav-office = الإدارة
nav-users = المستخدمون
nav-settings = الإعدادات
nav-audit = سجل المراجعة
flash-logged-out = لقد سجّلتم الخروج.
flash-confirmed = تم تأكيد عنوان بريدكم الإلكتروني. يمكنكم الآن تسجيل الدخول.
flash-password-set = تم حفظ كلمة المرور. يُرجى تسجيل الدخول.
flash-invited = تم إرسال الدعوة.
flash-disabled = تم إيقاف الدخول.
flash-enabled = تم تفعيل الدخول من جديد.
flash-saved = تم الحفظ.
flash-own-membership = لا يمكنكم إيقاف دخولكم الخاص. يُرجى أن تطلبوا ذلك من مسؤول آخر.
error-back = إلى الصفحة الرئيسية
error-request-id = الرقم المرجعي للاستفسارات: { $id }
error-400-title = طلب غير صالح
error-400-text = تعذّرت معالجة الطلب.
error-403-title = لا يوجد إذن بالدخول
error-403-text = لا يُسمح لكم بعرض هذه الصفحة. إذا كنتم قد أرسلتم نموذجًا، يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
error-404-title = الصفحة غير موجودة
error-404-text = هذه الصفحة غير موجودة. يُرجى التحقق من العنوان.
error-409-title = تعارض
error-409-text = هذا الإدخال موجود من قبل.
error-413-title = بيانات كثيرة جدًا
error-413-text = يحتوي النموذج على بيانات كثيرة جدًا.
error-422-title = بيانات غير مكتملة
error-422-text = النموذج غير مكتمل. يُرجى المحاولة مرة أخرى.
error-429-title = محاولات كثيرة جدًا
error-429-text = يُرجى الانتظار دقيقة واحدة ثم المحاولة مرة أخرى.
error-500-title = خطأ تقني
error-500-text = حدث خطأ ما. بياناتكم لم تضِع. يُرجى المحاولة مرة أخرى لاحقًا.
error-503-title = غير متاح مؤقتًا
error-503-text = الخدمة غير متاحة حاليًا. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
errors-summary-title = يُرجى تصحيح ما يلي:
err-email-invalid = يُرجى إدخال عنوان بريد إلكتروني صالح، مثل name@example.org.
err-password-short = يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل.
err-password-long = يجب ألا تزيد كلمة المرور على 256 حرفًا.
err-password-common = كلمة المرور هذه شائعة جدًا وسهلة التخمين. يُرجى اختيار كلمة مرور أخرى، مثل جملة من عدة كلمات.
err-password-mismatch = كلمتا المرور غير متطابقتين.
err-login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
err-login-throttled = محاولات تسجيل دخول كثيرة جدًا. يُرجى الانتظار دقيقة واحدة ثم المحاولة مرة أخرى.
err-login-unconfirmed = يُرجى أولًا تأكيد عنوان بريدكم الإلكتروني عبر الرابط الموجود في رسالتنا.
err-role-invalid = يُرجى اختيار دور.
err-max-wishes = يُرجى إدخال رقم من 1 إلى 10.
err-advance-months = يُرجى إدخال رقم من 1 إلى 36.
err-cutoff = يُرجى إدخال تاريخ بالصيغة MM-DD (الشهر-اليوم)، مثل 09-30.
err-threshold = يُرجى إدخال رقم من 2 إلى 20.
err-modules = وحدة غير معروفة.
err-slug = الاسم المختصر: من 2 إلى 63 خانة من الحروف اللاتينية الصغيرة والأرقام والشرطات (-)، ولا يكون اسمًا محجوزًا.
err-name = يُرجى إدخال اسم (200 حرف كحد أقصى).
err-slug-taken = هذا الاسم المختصر مستخدم من قبل.
err-bundesland = يُرجى اختيار ولاية اتحادية (Bundesland).
err-ags = يتكون الرمز الرسمي للبلدية (Amtlicher Gemeindeschlüssel) من 8 أرقام بالضبط، ويبدأ برقم الولاية من 01 إلى 16.
err-ags-land = رمز البلدية لا يتوافق مع الولاية الاتحادية المختارة.
err-district = يُرجى اختيار دائرة (Landkreis).
err-slug-or-ags-taken = الاسم المختصر أو رمز البلدية مستخدم من قبل.
err-role-scope = يُرجى اختيار دور، واختيار البلدية أو الدائرة المناسبة له.
token-problem-title = هذا الرابط لا يعمل
token-invalid = الرابط غير صالح. يُرجى التأكد من أنه منسوخ بالكامل.
token-expired = انتهت صلاحية الرابط. يُرجى طلب رابط جديد.
token-used = تم استخدام الرابط من قبل. كل رابط يعمل مرة واحدة فقط.
token-problem-forgot-link = طلب رابط جديد
role-parent = ولي الأمر
role-facility_staff = موظفو المؤسسة
role-facility_lead = إدارة المؤسسة
role-provider_admin = إدارة الجهة المشغِّلة
role-youth_office = مكتب رعاية الشباب (Jugendamt)
role-municipality_admin = إدارة البلدية
role-district_official = الدائرة (Landkreis)
role-operator = التشغيل
mail-signature = فريق Kitaplatz
mail-confirm-subject = يُرجى تأكيد عنوان بريدكم الإلكتروني
mail-confirm-body = تحية طيبة،
    
    لقد سجّلتم في Kitaplatz ({ $municipality }). يُرجى تأكيد عنوان بريدكم الإلكتروني عبر هذا الرابط (صالح لمدة 3 أيام):
    
    { $link }
    
    إذا لم تقوموا بالتسجيل، يمكنكم تجاهل هذه الرسالة.
mail-exists-subject = التسجيل في Kitaplatz
mail-exists-body = تحية طيبة،
    
    حاول شخص ما إنشاء حساب جديد باستخدام عنوان بريدكم الإلكتروني. لديكم حساب بالفعل. تسجيل الدخول: { $login }
    
    هل نسيتم كلمة المرور؟ { $reset }
    
    إذا لم تكونوا أنتم من قام بذلك، فلا يلزمكم فعل أي شيء.
mail-reset-subject = إعادة تعيين كلمة المرور
mail-reset-body = تحية طيبة،
    
    يمكنكم عبر هذا الرابط تعيين كلمة مرور جديدة. الرابط صالح لمدة 12 ساعة ويعمل مرة واحدة فقط:
    
    { $link }
    
    إذا لم تطلبوا ذلك، فتجاهلوا هذه الرسالة؛ وستبقى كلمة مروركم دون تغيير.
mail-invite-subject = دعوة إلى Kitaplatz
mail-invite-body = تحية طيبة،
    
    تمت دعوتكم إلى Kitaplatz: الدور «{ $role }» في { $scope }. يُرجى تعيين كلمة المرور عبر هذا الرابط (صالح لمدة 7 أيام):
    
    { $link }
mail-granted-subject = دور جديد في Kitaplatz
mail-granted-body = تحية طيبة،
    
    حصل حسابكم على دور جديد: «{ $role }» في { $scope }. تسجيل الدخول: { $link }
index-title = البحث عن مكان في دار رعاية الأطفال (Kita) وتقديم الطلب
index-intro = اختاروا بلديتكم لعرض المؤسسات، أو لطلب مكان رعاية، أو للإبلاغ عن حاجتكم إلى الرعاية.
index-municipalities = البلديات
index-none = لم يتم إعداد أي بلدية بعد.
municipality-title = رعاية الأطفال في { $name }
municipality-intro = هنا تُبلغون عن حاجة طفلكم إلى الرعاية، وتطلبون مكانًا في دار رعاية أطفال (Kita) أو لدى مربية أطفال (Kindertagespflege). إذا أنشأتم حسابًا، يمكنكم رؤية حالة الطلب في أي وقت.
municipality-register = إنشاء حساب
municipality-login = تسجيل الدخول
login-title = تسجيل الدخول
login-email = عنوان البريد الإلكتروني
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-forgot = هل نسيتم كلمة المرور؟
login-register-hint = ليس لديكم حساب بعد؟ اختاروا بلديتكم في الصفحة الرئيسية، وأنشئوا حسابًا هناك.
login-session-expired = انتهت جلستكم بسبب عدم النشاط. يُرجى تسجيل الدخول مرة أخرى.
register-title = إنشاء حساب
register-intro = لإنشاء حسابكم نحتاج فقط إلى عنوان بريدكم الإلكتروني وكلمة مرور. بيانات طفلكم تُدخلونها لاحقًا في الطلب.
register-email = عنوان البريد الإلكتروني
register-password = كلمة المرور
register-password-hint = 12 حرفًا على الأقل. الأكثر أمانًا هو جملة من عدة كلمات.
register-password2 = تكرار كلمة المرور
register-submit = إنشاء حساب
check-mail-title = يُرجى التحقق من بريدكم الإلكتروني
check-mail-text = أرسلنا إليكم رسالة بالبريد الإلكتروني. اضغطوا على الرابط الموجود فيها لتأكيد عنوانكم. لم تصلكم الرسالة؟ يُرجى البحث أيضًا في مجلد الرسائل غير المرغوب فيها (Spam).
confirm-title = تأكيد عنوان البريد الإلكتروني
confirm-text = يُرجى تأكيد أن عنوان البريد الإلكتروني هذا يخصكم.
confirm-submit = التأكيد الآن
forgot-title = نسيان كلمة المرور
forgot-text = أدخلوا عنوان بريدكم الإلكتروني. إذا كان هناك حساب بهذا العنوان، فسنرسل إليكم رابطًا لتعيين كلمة مرور جديدة.
forgot-email = عنوان البريد الإلكتروني
forgot-submit = طلب الرابط
forgot-sent-title = الرسالة في الطريق إليكم
forgot-sent-text = إذا كان هناك حساب بهذا العنوان، فقد أرسلنا إليه رابطًا. الرابط صالح لمدة 12 ساعة.
set-password-title = تعيين كلمة مرور جديدة
invite-title = مرحبًا بكم – يُرجى تعيين كلمة المرور
set-password-submit = حفظ كلمة المرور
account-title = حسابي
account-email = عنوان البريد الإلكتروني
account-roles = صلاحياتكم
account-no-roles = لم يُخصَّص أي دور لحسابكم بعد.
account-open = فتح
settings-submit = حفظ
audit-apply = تطبيق التصفية
audit-all = الكل
field-email = عنوان البريد الإلكتروني
nav-kitas = دور رعاية الأطفال (Kita)
nav-facilities = المؤسسات
kind-krippe = حضانة للأطفال دون 3 سنوات (Krippe)
kind-kindergarten = روضة أطفال (Kindergarten)
kind-kita = دار رعاية أطفال (Kita)
kind-hort = رعاية بعد المدرسة (Hort)
kind-kindertagespflege = مربية أطفال (Kindertagespflege)
cat-U2 = دون سنتين (U2)
cat-U3 = دون 3 سنوات (U3)
cat-UE3 = من 3 سنوات حتى دخول المدرسة (Ü3)
cat-HORT = أطفال المدارس (Hort)
dir-title = دور رعاية الأطفال في { $name }
dir-filter = تضييق الاختيار
dir-kind = نوع المؤسسة
dir-category = الفئة العمرية
dir-hours = ساعات الرعاية في الأسبوع
dir-hours-value = { $hours } ساعة
dir-profile = الملف التعريفي
dir-count = المؤسسات المعروضة: { $shown } من { $total }
dir-provider = الجهة المشغِّلة (Träger)
dir-address = العنوان
dir-opening-hours = أوقات العمل
dir-phone = الهاتف
dir-website = الموقع الإلكتروني
dir-places = الأماكن المرخَّصة
dir-licensed = الأماكن
dir-no-licence = لا يوجد ترخيص تشغيل (Betriebserlaubnis) لهذا اليوم.
dir-back = العودة إلى القائمة
municipality-directory = عرض دور رعاية الأطفال ومربيات الأطفال
err-f-name = يُرجى إدخال اسم (200 حرف كحد أقصى).
err-f-kind = يُرجى اختيار النوع.
err-f-address = يُرجى إدخال العنوان كاملًا.
err-f-postal-code = يتكون الرمز البريدي من 5 أرقام.
err-f-coordinates = اتركوا خط العرض وخط الطول فارغين معًا، أو أدخلوهما معًا كعددين عشريين.
err-f-text = النص طويل جدًا أو يحتوي على رموز تحكم.
err-f-website = يجب أن يبدأ الموقع الإلكتروني بـ https:// أو http://.
err-f-care-hours = يُرجى إدخال عدد الساعات من 1 إلى 60، مع الفصل بينها بفواصل.
err-f-tags = الكلمات المفتاحية: حروف وأرقام وشرطات، 20 كلمة مفتاحية كحد أقصى.
err-f-provider = يُرجى اختيار جهة مشغِّلة تابعة لهذه البلدية.
err-provider-taken = توجد جهة مشغِّلة بهذا الاسم من قبل.
err-facility-taken = توجد مؤسسة بهذا الاسم من قبل.
err-l-from = يُرجى إدخال تاريخ البداية.
err-l-to = تاريخ النهاية غير صالح أو يقع قبل تاريخ البداية.
err-l-overlap = تتداخل هذه الفترة مع ترخيص تشغيل قائم للمؤسسة.
err-l-reserved = لا يمكن أن يكون عدد الأماكن المحجوزة أكبر من عدد الأماكن المرخَّصة.
err-l-places = يُرجى إدخال أعداد صحيحة من 0 فما فوق. يجب أن تكون هناك أماكن لفئة عمرية واحدة على الأقل.
nav-family = عائلتي
family-title = عائلتي
family-intro = أدخلوا هنا أطفالكم وأولياء الأمور كما هم مسجَّلون في سجل السكان (Melderegister). لن نحتاج إلى بيانات إضافية إلا عند إبرام عقد الرعاية.
family-children = الأطفال
family-no-children = لم يتم إدخال أي طفل بعد.
family-add-child = إضافة طفل
family-guardians = أولياء الأمور (Sorgeberechtigte)
family-no-guardians = لم يتم إدخال أي ولي أمر بعد.
family-add-guardian = إضافة ولي أمر
child-first_names = الأسماء الأولى (جميعها، كما هي في سجل السكان)
child-last_name = اسم العائلة
child-birth_date = تاريخ الميلاد
child-street = الشارع (عنوان السكن المسجَّل)
child-house_number = رقم المنزل
child-postal_code = الرمز البريدي
child-city = المدينة
child-born = تاريخ الميلاد: { $date }
child-category-today = الفئة العمرية اليوم
child-edit = تعديل البيانات
err-person-name = يُرجى إدخال اسم من 1 إلى 100 حرف.
err-birth-date = يُرجى إدخال تاريخ ميلاد صالح. يجب ألا يكون في المستقبل، وألا يكون قبل أكثر من 14 عامًا.
nav-applications = الطلبات
a-list-title = طلباتي
a-none = لم تقدّموا أي طلب بعد.
a-new-title = طلب جديد
a-new-for = تقديم طلب لـ { $name }
a-no-children = يُرجى أولًا إدخال بيانات طفلكم.
a-child = الطفل
a-kind = ماذا تريدون أن تقدّموا؟
a-kind-request = طلب رعاية (Betreuungsanfrage)
a-kind-request-hint = تتقدّمون بطلب للحصول على مكان في مؤسسات محددة، بحسب ترتيب رغباتكم.
a-kind-needs = إبلاغ عن الحاجة إلى الرعاية (Bedarfsmeldung)
a-kind-needs-hint = تُبلغون بأن طفلكم يحتاج إلى رعاية ابتداءً من تاريخ معيّن. بهذا تضمنون الحق القانوني في الرعاية (§ 24 SGB VIII). اختيار المؤسسات المرغوبة اختياري.
a-start = تاريخ البدء المرغوب
a-hours = ساعات الرعاية في الأسبوع
a-hours-none = غير محدد
a-wishes = المؤسسات المرغوبة
a-wishes-hint = ضعوا الخيار الأول أولًا. اختاروا كل مؤسسة مرة واحدة فقط.
a-wish-n = الرغبة رقم { $n }
a-wish-none = – لا شيء –
a-criteria = هل ينطبق أي مما يلي على عائلتكم؟
a-consent = الموافقة وحماية البيانات
a-consent-accept = قرأت النص وأوافق عليه.
a-submit = إرسال الطلب
a-entitlement = الحق القانوني ابتداءً من
a-history = سجل الطلب
a-withdraw = سحب الطلب
a-edit = تعديل الطلب
event-submitted = تم استلام الطلب
event-edited = تم تعديل الطلب
event-withdrawn_by_parent = سحبتم الطلب
flash-submitted = تم استلام طلبكم. أرسلنا إليكم تأكيدًا بالبريد الإلكتروني.
flash-already-open = يوجد بالفعل طلب مفتوح لهذا الطفل ولسنة الرعاية هذه (Kita-Jahr). يمكنكم تعديله هنا.
flash-not-editable = لم يعد من الممكن تعديل هذا الطلب.
flash-withdrawn = تم سحب الطلب.
status-submitted = تم الاستلام
status-submitted-explain = تم استلام طلبكم، ويجري الآن فحصه.
status-checked = تم الفحص
status-checked-explain = تم فحص البيانات. سيشارك الطلب في التوزيع القادم للأماكن.
status-needs_review = قيد الاستيضاح
status-needs_review-explain = لا يزال علينا استيضاح أمر ما، وسنتواصل معكم.
status-in_allocation = قيد توزيع الأماكن
status-in_allocation-explain = يقوم مكتب رعاية الشباب (Jugendamt) الآن بتوزيع الأماكن. لا يمكن إجراء تغييرات حاليًا.
status-offered = تم عرض مكان
status-offered-explain = عُرض عليكم مكان. يُرجى الرد في الوقت المحدد.
status-accepted = تم القبول
status-accepted-explain = لقد قبلتم العرض. ستتواصل معكم المؤسسة بخصوص العقد.
status-contracted = تم توقيع العقد
status-contracted-explain = تم توقيع عقد الرعاية (Betreuungsvertrag).
status-declined = تم الرفض
status-declined-explain = لقد رفضتم العرض.
status-expired = انتهت صلاحية العرض
status-expired-explain = لم يتم قبول العرض في الوقت المحدد.
status-rejected = قائمة الانتظار
status-rejected-explain = لم يتوفر مكان في هذه الجولة. يبقى طلبكم على قائمة الانتظار.
status-withdrawn = تم السحب
status-withdrawn-explain = تم سحب الطلب.
status-closed = مُغلق
status-closed-explain = تم إغلاق الطلب.
mail-application-subject = طلبكم لدى دار رعاية الأطفال (Kita)
mail-application-body = تحية طيبة،
    
    حالة الطلب الخاص بـ { $child } الآن: { $status }.
    
    التفاصيل: { $link }
err-a-start-invalid = يُرجى إدخال تاريخ بدء صالح.
err-a-start-past = لا يجوز أن يكون تاريخ البدء في الماضي.
err-a-start-far = تاريخ البدء بعيد جدًا في المستقبل. لا يمكن التقديم الآن.
err-a-no-category = لا توجد فئة عمرية مناسبة لهذا الطفل في هذا التاريخ.
err-a-too-many = عدد المؤسسات المرغوبة كبير جدًا.
err-a-repeated = يجوز اختيار كل مؤسسة مرة واحدة فقط.
err-a-no-wish = يُرجى اختيار مؤسسة واحدة على الأقل.
err-a-unknown-facility = هذه المؤسسة لا تتبع هذه البلدية.
err-a-no-places = لا توجد لدى { $name } أماكن للفئة العمرية لطفلكم في هذا التاريخ.
err-a-hours-missing = يُرجى اختيار ساعات الرعاية في الأسبوع.
err-a-hours-not-offered = لا يتوفر لدى { $name } هذا العدد من ساعات الرعاية.
err-a-kind = يُرجى اختيار طلب رعاية (Betreuungsanfrage) أو إبلاغ عن الحاجة إلى الرعاية (Bedarfsmeldung).
err-a-child = يُرجى اختيار أحد أطفالكم.
err-a-answers = اختيار غير معروف.
err-a-consent = يُرجى الموافقة على النص، وإلا فلن نتمكن من معالجة الطلب.
nav-office-applications = الطلبات
oa-facility = المؤسسة المرغوبة
nav-rules = قواعد التوزيع
err-points = يُرجى إدخال عدد صحيح من 0 إلى 10000.
err-consent-text = يُرجى إدخال نص لا يزيد على 10000 حرف.
err-deadline = يُرجى إدخال سنة الرعاية (Kita-Jahr) والتاريخ.
paper-code = رمز التفعيل (Aktivierungscode)
claim-title = نقل طلب ورقي إلى حسابكم
claim-intro = قدّمتم طلبًا ورقيًا وحصلتم على رمز تفعيل (Aktivierungscode)؟ أدخلوه هنا. بعد ذلك يظهر طفلكم والطلب في حسابكم.
claim-submit = استخدام الرمز
claim-link = نقل طلب ورقي باستخدام رمز التفعيل
err-claim-unknown = هذا الرمز غير معروف لدينا. يُرجى التحقق مما أدخلتموه (10 خانات).
flash-claimed = الطلب الورقي موجود الآن في حسابكم.
nav-review = قائمة المراجعة
nav-ewo = سجل السكان
reg-status = سجل السكان
reg-pending = الفحص قيد الانتظار
reg-resident = مسجَّل في البلدية
reg-not_found = غير مسجَّل (طفل من بلدية أخرى؟)
reg-ambiguous = عدة أشخاص محتملين
reg-unchecked = لا يوجد اتصال بسجل السكان
reg-out_of_town_approved = تم قبول طفل من بلدية أخرى
reg-out_of_town_rejected = لم يتم قبول طفل من بلدية أخرى
reg-retry = السجل غير متاح، فشلت المحاولة رقم { $n }؛ المحاولة التالية: { $at }
reg-note = السبب
reg-move-in = الانتقال المخطَّط إلى البلدية
reg-decide = القرار
reg-decide-resident = الطفل مسجَّل في البلدية (تم التحقق)
reg-decide-approve = القبول كطفل من بلدية أخرى (مثلًا عند الانتقال إليها)
reg-decide-reject = عدم القبول؛ سيتم إغلاق الطلب
reg-reason = السبب (إلزامي)
reg-move-in-date = التاريخ المخطَّط للانتقال
reg-move-in-hint = فقط عند القبول بسبب انتقال العائلة إلى البلدية.
reg-decide-submit = حفظ القرار
err-register-kind = يُرجى اختيار إجراء.
err-register-endpoint = يُرجى إدخال عنوان https (يُسمح بـ http فقط لهذا الجهاز، مثل المحاكي).
err-register-username = اسم المستخدم طويل جدًا أو يحتوي على رموز تحكم.
err-register-timeout = يُرجى إدخال رقم من 1 إلى 120.
err-decision-reason = يُرجى ذكر السبب (500 حرف كحد أقصى).
err-move-in-date = تاريخ الانتقال غير صالح أو لا يتوافق مع القرار.
err-already-decided = تم اتخاذ القرار في هذا الأمر من قبل.
flash-merged = تم دمج الطلبات. يبقى سجل كلا الطلبين محفوظًا.
event-register_resident = تم تأكيد مكان السكن
event-register_not_found = يجري استيضاح مكان السكن
event-register_ambiguous = يجري استيضاح مكان السكن
event-check_completed = تم فحص البيانات
event-duplicate_suspected = يجري التحقق من وجود تسجيل مكرَّر
event-register_confirmed = تم تأكيد مكان السكن
event-out_of_town_approved = تم القبول كطفل من بلدية أخرى
event-out_of_town_rejected = لم يتم القبول كطفل من بلدية أخرى
event-duplicate_distinct = انتهى الاستيضاح
event-duplicate_merged = تم الدمج مع طلب آخر للطفل نفسه
event-merged_into = تم الدمج مع طلب آخر للطفل نفسه
event-merged_from = تم دمج طلب آخر للطفل نفسه في هذا الطلب
nav-allocation = التوزيع
err-round-name = يُرجى إدخال اسم (120 حرفًا كحد أقصى).
err-round-start = يُرجى إدخال تاريخ مرجعي صالح.
err-round-categories = يُرجى اختيار فئة عمرية واحدة على الأقل.
err-round-kinds = يُرجى اختيار نوع طلب واحد على الأقل.
err-round-months = يُرجى إدخال فترة صالحة (لا تكون البداية بعد النهاية).
flash-published = تم النشر. يجري إرسال القرارات الرسمية.
err-already-published = تم نشر هذه الجولة من قبل. لم يُرسَل أي شيء مرة أخرى.
err-run-outdated = تغيّرت الأماكن الشاغرة منذ هذا الحساب. يُرجى إجراء حساب تجريبي جديد.
cat-short-U2 = U2
cat-short-U3 = U3
cat-short-UE3 = Ü3
cat-short-HORT = Hort
offer-title = عرض المكان لطفلكم
offer-status = الحالة
offer-open = مفتوح – يُرجى الرد
offer-accepted = تم القبول
offer-declined = تم الرفض
offer-expired = انتهت المهلة
offer-lapsed = تم شغل المكان في هذه الأثناء
offer-withdrawn = تم السحب
offer-deadline = يُرجى الرد حتى { $deadline }.
offer-accept = قبول المكان
offer-decline = رفض المكان
flash-offer-accepted = لقد قبلتم المكان. ستتواصل معكم المؤسسة بخصوص عقد الرعاية (Betreuungsvertrag).
flash-offer-declined = لقد رفضتم المكان. سيتم توزيعه من جديد في الجولة القادمة.
err-offer-not-open = لم يعد هذا العرض مفتوحًا.
err-offer-place-gone = للأسف، تم شغل آخر مكان للتو. يبقى طلبكم على قائمة الانتظار.
expl-title = كيف تم اتخاذ قرار التوزيع
expl-first-wish = يحصل طفلكم على مكان في المؤسسة التي اخترتموها أولًا: { $facility }.
expl-placed = يحصل طفلكم على مكان في { $facility }. وبخصوص المؤسسات التي وضعتموها في ترتيب أعلى:
expl-unplaced = في هذه الجولة لم يتوفر مكان لطفلكم في المؤسسات التي اخترتموها:
expl-full = { $facility }: { $capacity ->
    [zero] ذهبت كل أماكن فئة { $category } إلى أطفال
    [one] ذهب المكان الوحيد من فئة { $category } إلى طفل
    [two] ذهب المكانان من فئة { $category } إلى طفلين
    [few] ذهبت كل أماكن فئة { $category } (وعددها { $capacity } أماكن) إلى أطفال
    [many] ذهبت كل أماكن فئة { $category } (وعددها { $capacity } مكانًا) إلى أطفال
   *[other] ذهبت كل أماكن فئة { $category } (وعددها { $capacity } مكان) إلى أطفال
} بعدد نقاط لا يقل عن { $cutoff }. عدد نقاط طلبكم: { $points }.
expl-full-tie = { $facility }: { $capacity ->
    [zero] تم شغل كل أماكن فئة { $category }.
    [one] تم شغل المكان الوحيد من فئة { $category }.
    [two] تم شغل المكانين من فئة { $category }.
    [few] تم شغل كل أماكن فئة { $category } (وعددها { $capacity } أماكن).
    [many] تم شغل كل أماكن فئة { $category } (وعددها { $capacity } مكانًا).
   *[other] تم شغل كل أماكن فئة { $category } (وعددها { $capacity } مكان).
} عدد نقاط طلبكم ({ $points }) يساوي عدد نقاط آخر الأطفال المقبولين. وبين هؤلاء الأطفال قرّر رقم القرعة.
expl-no-capacity = { $facility }: لم تكن هناك أماكن شاغرة من فئة { $category } في تاريخ البدء.
expl-sibling = { $facility }: تم تأجيل هذه الرغبة حتى تتم رعاية الإخوة معًا.
expl-unknown = { $facility }: لم تشارك هذه المؤسسة في التوزيع.
event-offered = تم عرض مكان
event-no_place_this_round = لا يوجد مكان في هذه الجولة – على قائمة الانتظار
event-place_taken_meanwhile = تم شغل المكان في هذه الأثناء – على قائمة الانتظار
event-accepted_by_parent = تم قبول العرض
event-declined_by_parent = تم رفض العرض
event-closed_other_accepted = أُغلق الطلب لأنه تم قبول عرض آخر
event-offer_expired = انتهت مهلة الرد
mail-offer-subject = مكان لطفلكم
mail-offer-body = تحية طيبة،
    
    نعرض عليكم مكانًا لـ { $child } في { $facility }.
    يُرجى قبول العرض أو رفضه حتى { $deadline }: { $link }
    
    إذا لم يصلنا ردّكم، يسقط العرض ويُعاد توزيع المكان.
mail-reminder-subject = تذكير: عرض مكان لطفلكم
mail-reminder-body = تحية طيبة،
    
    عرض المكان لـ { $child } في { $facility } صالح حتى { $deadline }.
    يُرجى الرد في الوقت المحدد: { $link }
nav-allocation-settings = إعدادات التوزيع
err-bonus-points = يُرجى إدخال عدد صحيح من 0 إلى 100,000.
err-offer-days = يُرجى إدخال مهلة من 3 إلى 60 يومًا.
offer-title-office = عرض مكان
offer-deadline-short = المهلة: { $deadline }
err-catchment = 2,000 سطر كحد أقصى، وفي كل سطر 100 حرف كحد أقصى.
expl-manual = { $facility }: بعد دراسة الحالة الفردية، وزّع مكتب رعاية الشباب (Jugendamt) هذا المكان بشكل مختلف.
err-unconfirmed = لم تؤكد المؤسسات بعد جميع الأماكن المقترحة. أرسلوا الاقتراح للتأكيد، وانتظروا الردود.
flash-adjusted = تم حفظ التغيير. وأُعيد فحص السعة والاستقرار.
err-adjust-input = بيانات التغيير غير مكتملة.
err-reason-required = يُرجى ذكر السبب (1000 حرف كحد أقصى).
err-adjust-child = هذا الطفل ليس جزءًا من عملية الحساب هذه.
err-adjust-facility = هذه المؤسسة ليست جزءًا من عملية الحساب هذه.
err-adjust-not-wished = لم يختر أولياء الأمور هذه المؤسسة. لا يُنقل الأطفال إلا إلى مؤسسات اختارها أولياء أمورهم.
err-adjust-full = لم يعد هناك مكان شاغر في هذه الفئة العمرية هناك.
err-adjust-hold = لا يمكن حجز هذا العدد من الأماكن، لأنها مقترحة بالفعل لأطفال.
err-adjust-no-change = هذا لن يغيّر شيئًا.
flash-sent-for-review = تم إرسال الاقتراح إلى إدارات المؤسسات للتأكيد.
flash-place-confirmed = تم التأكيد.
flash-place-rejected = تم الرفض. يرى مكتب رعاية الشباب (Jugendamt) السبب الذي ذكرتموه.
nav-proposals = الاقتراحات
err-users-facility = يُرجى اختيار المؤسسة التي يعمل فيها الشخص.
letters-title = الرسائل الرسمية (Bescheide)
nav-letters = الرسائل الرسمية
letter-kind-offer = عرض مكان (Zusage)
letter-kind-waiting_list = قائمة الانتظار (لا يوجد مكان في هذه الجولة)
letter-var-municipality = اسم البلدية
letter-var-child-first-names = الأسماء الأولى للطفل
letter-var-child-last-name = اسم عائلة الطفل
letter-var-birth-date = تاريخ ميلاد الطفل
letter-var-facility = المؤسسة المعروضة (فارغ في حالة قائمة الانتظار)
letter-var-start-date = بداية الرعاية
letter-var-weekly-hours = ساعات الرعاية في الأسبوع، كما وردت في الطلب
letter-var-deadline = مهلة الرد (فارغ في حالة قائمة الانتظار)
letter-var-round = اسم جولة التوزيع
letter-var-today = تاريخ الرسالة
letter-var-portal-link = رابط الطلب في بوابة أولياء الأمور
flash-letter-saved = تم حفظ القالب كإصدار جديد.
err-letter-concurrent = تم حفظ إصدار آخر في الوقت نفسه. يُرجى مراجعة النص والحفظ مرة أخرى.
err-letter-empty = لا يجوز أن يكون الموضوع أو النص فارغًا.
err-letter-too-long = الموضوع أو النص طويل جدًا (20,000 حرف كحد أقصى).
err-letter-statement = «{ $statement }» غير مسموح به في قوالب الرسائل. المسموح فقط: if، elif، else، endif.
err-letter-invalid = لا يمكن استخدام القالب: { $message }
nav-contracts = العقود
nav-planning = التخطيط
nav-api-tokens = صلاحيات الوصول إلى API
nav-texts = النصوص
nav-statistics-exports = تصدير الإحصاءات

## Letters as a courtesy translation (the German PDF is the binding letter)
letters-translation-link = قراءة الترجمة
letters-translation-note = هذه ترجمة غير ملزمة. الخطاب الألماني وحده هو الملزم قانونيًا.
letters-translation-pdf = تنزيل الخطاب الألماني (PDF)
letters-translation-back = العودة إلى الطلب
lettertext-offer-subject = الموافقة على مكان في رعاية الأطفال: { $child_first_names } { $child_last_name }
lettertext-offer-body =
    حضرات أولياء الأمور الكرام،

    يسعدنا أن نعرض على طفلكم { $child_first_names } { $child_last_name } (تاريخ الميلاد: { $birth_date }) مكانًا في رعاية الأطفال:

    المؤسسة: { $facility }
    تاريخ البدء: { $start_date }
    عدد ساعات الرعاية أسبوعيًا: { $weekly_hours }

    يُرجى قبول المكان أو رفضه عبر بوابة أولياء الأمور (Elternportal) في موعد أقصاه { $deadline }:
    { $portal_link }

    إذا لم تردّوا حتى ذلك الموعد، يسقط العرض ويُمنح المكان من جديد في جولة التوزيع التالية.

    مع أطيب التحيات
    مكتب رعاية الشباب (Jugendamt) – { $municipality }
lettertext-waiting_list-subject = طلبكم لطفلكم { $child_first_names } { $child_last_name }: قائمة الانتظار
lettertext-waiting_list-body =
    حضرات أولياء الأمور الكرام،

    نأسف لإبلاغكم بأننا لم نتمكن في جولة التوزيع «{ $round }» من تقديم مكان لطفلكم { $child_first_names } { $child_last_name } (تاريخ الميلاد: { $birth_date }) في المؤسسات التي اخترتموها.

    يبقى طلبكم على قائمة الانتظار ويشارك تلقائيًا في جولة التوزيع التالية. لا يلزمكم القيام بأي إجراء آخر. يمكنكم الاطلاع على نتيجة التوزيع في بوابة أولياء الأمور (Elternportal):
    { $portal_link }

    يظل حقكم القانوني في الحصول على مكان في رعاية الأطفال بموجب § 24 SGB VIII قائمًا. إذا كانت لديكم أي أسئلة، يُرجى التواصل مع مكتب رعاية الشباب (Jugendamt).

    مع أطيب التحيات
    مكتب رعاية الشباب (Jugendamt) – { $municipality }

## Parent fees (Elternbeiträge), parent-facing
nav-family-fees = الرسوم
nav-fees = رسوم الوالدين
nav-fees-schedule = لائحة الرسوم
fees-parent-title = رسوم الوالدين (Elternbeiträge)
fees-parent-intro = هنا ترون الرسوم الشهرية لرعاية أطفالكم. يتحدد مبلغ الرسوم وفقًا للائحة الرسوم (Beitragssatzung) في بلديتكم، وعدد ساعات الرعاية، ودخلكم، وعدد أطفالكم الملتحقين بالرعاية.
fees-months-title = الرسوم الشهرية
fees-month = الشهر
fees-child = الطفل
fees-care = الرعاية
fees-meals = رسوم الوجبات
fees-total = المجموع
fees-corrected = أُعيد حسابها لاحقًا
fees-no-months = لم تُحدَّد بعد أي رسوم لأطفالكم.
fees-income-title = دخلكم
fees-income-intro = يُرجى إدخال الدخل السنوي الإجمالي لأسرتكم (قبل الخصومات). إذا لم تُدخلوا الدخل، تُطبَّق أعلى فئة للرسوم. يتحقق مكتب رعاية الشباب (Jugendamt) من بياناتكم استنادًا إلى المستندات الثبوتية، ولا تُعتمد إلا بعد ذلك، بأثر رجعي أيضًا اعتبارًا من الشهر الذي حددتموه.
fees-declared-from = اعتبارًا من { $date }
fees-no-declaration = لم يُذكر (أعلى فئة)
fees-verified = تم التحقق
fees-unverified = لم يتم التحقق بعد
fees-income-label = الدخل السنوي للأسرة (باليورو)
fees-income-hint = على سبيل المثال 42.000 أو 42000,00
fees-none-label = لا أرغب في ذكر دخلي (أعلى فئة للرسوم).
fees-valid-from = ساري اعتبارًا من
fees-declare = إرسال البيانات
fees-amount = { $amount } يورو
flash-fees-declared = تم استلام بياناتكم. سيتحقق منها مكتب رعاية الشباب (Jugendamt).
err-fees-income = يُرجى إدخال مبلغ باليورو أو وضع علامة على «لا أرغب في ذكر دخلي».
err-fees-month = يُرجى اختيار شهر.

## SEPA direct debit, parent-facing
fees-mandate-title = الخصم المباشر (تفويض SEPA)
fees-mandate-intro = بموجب تفويض الخصم المباشر SEPA تقوم البلدية بتحصيل الرسوم من حسابكم. وقبل كل عملية خصم تصلكم رسالة بريد إلكتروني تتضمن المبلغ والتاريخ. وبدون تفويض تقومون بتحويل الرسوم بأنفسكم.
fees-mandate-current = تفويضكم { $reference } للحساب { $iban } (صادر بتاريخ { $date }).
fees-mandate-none = لم تمنحوا أي تفويض بعد.
fees-mandate-holder = صاحب الحساب أو صاحبة الحساب
fees-mandate-iban = IBAN
fees-mandate-bic = BIC (اختياري)
fees-mandate-consent = أفوّض بلدية { $municipality } (رقم تعريف الدائن { $creditor }) بتحصيل رسوم الحضانة المستحقة على أولياء الأمور من حسابي عن طريق الخصم المباشر. وفي الوقت نفسه أوجّه مصرفي إلى تنفيذ عمليات الخصم المباشر هذه. ويحق لي المطالبة باسترداد المبلغ المخصوم خلال ثمانية أسابيع تبدأ من تاريخ الخصم. وتسري في ذلك الشروط المتفق عليها مع مصرفي.
fees-mandate-give = منح التفويض
fees-mandate-revoke = إلغاء التفويض
fees-mandate-unavailable = لا تقدّم بلديتكم خدمة الخصم المباشر حتى الآن.
flash-fees-mandate = تم منح تفويضكم.
flash-fees-mandate-revoked = تم إلغاء تفويضكم.
err-sepa-iban = رقم IBAN هذا غير صالح. يرجى التحقق منه (مثال: DE89 3704 0044 0532 0130 00).
err-sepa-bic = رمز BIC هذا غير صالح (يتكون من 8 أو 11 خانة).
err-sepa-name = يرجى إدخال اسم صاحب الحساب أو صاحبة الحساب.
err-sepa-consent = يرجى تأكيد التفويض.
mail-prenotice-subject = إشعار مسبق بخصم مباشر لرسوم الحضانة
mail-prenotice-body = تحية طيبة، سنقوم بتاريخ { $date } بخصم مبلغ { $amount } يورو من حسابكم لتسديد رسوم الحضانة. الرقم المرجعي للتفويض: { $reference }، رقم تعريف الدائن: { $creditor }. يرجى التأكد من توفر رصيد كافٍ في حسابكم. بلديتكم { $municipality }
nav-sepa = الخصم المباشر SEPA

## Fee notices
letter-kind-fee_notice = قرار رسوم الوالدين (Beitragsbescheid)
fees-notices-title = قرارات الرسوم (Beitragsbescheide)
fees-notices-intro = عند كل تحديد للرسوم أو تصحيح لها يصلكم قرار عبر البريد الإلكتروني. تجدون هنا جميع القرارات بصيغة PDF.
fees-notices-none = لم يصلكم أي قرار بشأن الرسوم حتى الآن.
fees-notice-link = قرار الرسوم بتاريخ { $date } ({ $total })
mail-fee-notice-subject = قرار جديد بشأن رسوم رعاية الأطفال
mail-fee-notice-body = تحية طيبة، قامت بلديتكم { $municipality } بتحديد رسوم الوالدين أو تصحيحها: المجموع { $amount } يورو. تجدون القرار في المرفق وفي بوابة أولياء الأمور (Elternportal): { $link }

## Right of access (Art. 15)
family-export-title = بياناتكم
family-export-intro = يمكنكم في أي وقت تنزيل كل ما نحفظه من بيانات عن أسرتكم (حق الاطلاع، Art. 15 GDPR – اللائحة العامة لحماية البيانات): حسابكم، والأطفال، وأولياء الأمور، والطلبات مع النقاط ونتيجة التحقق من سجل السكان، والرسائل الرسمية، والعقود، والرسوم، ومن فتح البيانات أو غيّرها ومتى.
family-export-json = تنزيل كملف JSON (قابل للقراءة آليًا)
family-export-pdf = تنزيل كملف PDF (للقراءة والطباعة)

## Second factor (TOTP)
tfa-title = رمز التأكيد
tfa-intro = حسابكم محمي بعامل ثانٍ. أدخلوا الرمز المكوّن من ستة أرقام من تطبيق المصادقة (Authenticator) لديكم.
tfa-code = الرمز
tfa-code-hint = ستة أرقام من التطبيق. إذا لم يكن هاتفكم معكم: أحد رموز الاسترداد الخاصة بكم (مثلًا ABCD-EFGH-JKMN-PQRS).
tfa-submit = تأكيد
tfa-lost = هل فقدتم الهاتف ورموز الاسترداد؟ يمكن لإدارة بلديتكم إعادة تعيين العامل الثاني.
tfa-wrong-code = الرمز غير صحيح أو استُخدم من قبل. يُرجى إدخال الرمز الحالي من التطبيق.
tfa-enrol-title = إعداد العامل الثاني
tfa-enrol-intro = لحماية بيانات الأطفال والعائلات، يتم تسجيل الدخول بكلمة المرور وبرمز من تطبيق.
tfa-enrol-step-app = ثبّتوا تطبيق مصادقة (Authenticator) على هاتفكم (مثلًا FreeOTP أو Aegis أو Google أو Microsoft Authenticator).
tfa-enrol-step-scan = امسحوا رمز QR هذا بالتطبيق.
tfa-enrol-qr = رمز QR لإعداد تطبيق المصادقة
tfa-enrol-manual = أو أدخلوا هذا المفتاح في التطبيق:
tfa-enrol-open-app = فتح في التطبيق على هذا الجهاز
tfa-enrol-step-code = أدخلوا الرمز المكوّن من ستة أرقام الذي يعرضه التطبيق الآن.
tfa-enrol-submit = إعداد
tfa-codes-title = رموز الاسترداد الخاصة بكم
tfa-codes-intro = يمكنكم تسجيل الدخول مرة واحدة بكل رمز من هذه الرموز عندما لا يكون هاتفكم معكم. اطبعوها أو احفظوها في مكان آمن.
tfa-codes-once = تُعرض الرموز الآن فقط.
tfa-codes-continue = متابعة
tfa-account-title = العامل الثاني
tfa-account-on = تم الإعداد. رموز الاسترداد غير المستخدمة: { $left }.
tfa-account-off = لم يتم الإعداد. مع العامل الثاني يحتاج تسجيل الدخول إلى رمز من تطبيقكم بالإضافة إلى كلمة المرور.
tfa-account-enable = إعداد العامل الثاني
tfa-account-renew = رموز استرداد جديدة
tfa-account-disable = إيقاف العامل الثاني
tfa-account-staff = العامل الثاني إلزامي للموظفين.
err-login-restricted = لا يُسمح بتسجيل الدخول بهذا الحساب من هذه الشبكة أو في هذا الوقت.
flash-tfa-wrong-code = الرمز غير صحيح أو استُخدم من قبل.
flash-tfa-disabled = تم إيقاف العامل الثاني. يُرجى تسجيل الدخول مرة أخرى.
flash-tfa-reset = تمت إعادة تعيين العامل الثاني. سيتم إعداده من جديد عند تسجيل الدخول التالي.
delacc-title = حذف الحساب
delacc-teaser = يمكنك حذف حسابك وبياناتك في أي وقت.
delacc-link = حذف الحساب …
delacc-intro = أنت على وشك حذف الحساب { $email }. سيحدث ما يلي:
delacc-now = فورًا: يتم تسجيل خروجك وقفل الحساب وسحب الطلبات المفتوحة. وتُعطى الأماكن المعروضة عليك لأطفال آخرين.
delacc-later = بعد { $days } يوم: تُحذف طلباتك وبيانات عائلتك وعنوان بريدك الإلكتروني. وحتى ذلك الحين يمكن التراجع عن الحذف الذي تم عن طريق الخطأ بتقديم طلب إلى مكتب رعاية الشباب؛ أما الطلبات المسحوبة فتبقى مسحوبة.
delacc-kept = تبقى عقود رعاية الأطفال والرسوم والقرارات الرسمية محفوظة طوال المدة التي يفرضها القانون، ثم تُحذف. ولن تكون مرتبطة بأي حساب بعد ذلك.
delacc-audit = لا يبقى في سجل البلدية سوى رقم، دون اسم أو عنوان بريد إلكتروني.
delacc-export = يمكنك قبل ذلك تنزيل جميع البيانات المحفوظة:
delacc-password = كلمة المرور الخاصة بك
delacc-confirm = نعم، أريد حذف حسابي وبياناتي.
delacc-submit = حذف الحساب نهائيًا
delacc-cancel = إلغاء
delacc-err-password = كلمة المرور غير صحيحة.
delacc-err-confirm = يُرجى تأكيد رغبتك في حذف الحساب.
flash-account-deleted = تم حذف حسابك وتسجيل خروجك. ستُزال بياناتك نهائيًا بعد سبعة أيام.
