# kitaplatz – English texts. Every key of de/main.ftl must be here too.

site-name = Kitaplatz
skip-link = Skip to content
lang-switch-label = Language
footer-text = Kitaplatz – daycare place allocation and needs planning of your municipality
footer-accessibility = Accessibility statement
a11y-title = Accessibility statement
a11y-intro = The municipalities using Kitaplatz strive to make this portal accessible in accordance with section 12a of the German Disability Equality Act (BGG) and the Barrier-Free Information Technology Ordinance (BITV 2.0). This statement applies to all pages at this address.
a11y-status-title = Compliance status
a11y-status = The portal is partially compliant with BITV 2.0 (WCAG 2.1, level AA). The content listed below is not yet fully accessible.
a11y-gaps-title = Content that is not accessible
a11y-gap-charts = Charts in planning and statistics are images; the same numbers are in a table directly below each of them.
a11y-gap-languages = The parent portal is available in ten languages; the pages for the youth office, facilities and district only in German and English. Official notices and letters are in German, the official language (section 23 VwVfG); the application's page explains their content in your language.
a11y-gap-pdf = Parent letters as PDF are not yet tagged as accessible PDF (PDF/UA); their content is also in the e-mail and on the application's page.
a11y-made-title = Preparation of this statement
a11y-made = This statement is based on a self-assessment by the developers (November 2026): keyboard use, headings and landmarks, labels and error messages of form fields, contrast and zoom were checked. An automatic check of all pages with axe-core is being prepared.
a11y-feedback-title = Feedback and contact
a11y-feedback = Have you noticed barriers to access? Please contact the youth office of your municipality. We answer within six weeks and, on request, provide the content in a form accessible to you.
a11y-arbitration-title = Arbitration
a11y-arbitration = If you do not receive a satisfactory answer to your feedback, you can apply for arbitration at the arbitration board under section 16 BGG (for state authorities and municipalities: the arbitration or ombuds office of your federal state). The procedure is free of charge; you do not need a lawyer.
a11y-arbitration-link = Arbitration board under the Disability Equality Act
logged-in-as = Logged in as { $email }
main-nav-label = Main navigation

nav-login = Log in
nav-logout = Log out
nav-account = My account
nav-admin = Operations
nav-start = Start page
nav-office = Office
nav-users = Users
nav-settings = Settings
nav-audit = Audit log

flash-logged-out = You have logged out.
flash-confirmed = Your e-mail address is confirmed. You can log in now.
flash-password-set = Your password has been saved. Please log in.
flash-invited = The invitation has been sent.
flash-disabled = The access has been disabled.
flash-enabled = The access has been enabled again.
flash-saved = Saved.
flash-own-membership = You cannot disable your own access. Please ask another administrator.

error-back = To the start page
error-request-id = Reference number for enquiries: { $id }
error-400-title = Invalid request
error-400-text = The request could not be processed.
error-403-title = No access
error-403-text = You are not allowed to see this page. If you submitted a form, please reload the page and try again.
error-404-title = Page not found
error-404-text = This page does not exist. Please check the address.
error-409-title = Conflict
error-409-text = The entry already exists.
error-413-title = Too much data
error-413-text = The form contains too much data.
error-422-title = Incomplete input
error-422-text = The form was incomplete. Please try again.
error-429-title = Too many attempts
error-429-text = Please wait a minute and try again.
error-500-title = Technical error
error-500-text = Something went wrong. Your data is not lost; please try again later.
error-503-title = Temporarily unavailable
error-503-text = The service is unavailable right now. Please try again in a few minutes.

errors-summary-title = Please correct the following:
err-email-invalid = Please enter a valid e-mail address, e.g. name@example.org.
err-password-short = The password must be at least 12 characters long.
err-password-long = The password must be at most 256 characters long.
err-password-common = This password is too common and easy to guess. Please choose another one, e.g. a sentence of several words.
err-password-mismatch = The two passwords do not match.
err-login-failed = E-mail address or password is wrong.
err-login-throttled = Too many login attempts. Please wait a minute and try again.
err-login-unconfirmed = Please confirm your e-mail address first, using the link in our e-mail.
err-role-invalid = Please choose a role.
err-max-wishes = Please enter a number from 1 to 10.
err-advance-months = Please enter a number from 1 to 36.
err-cutoff = Please enter a date as MM-DD, e.g. 09-30.
err-threshold = Please enter a number from 2 to 20.
err-modules = Unknown module.
err-slug = Short name: 2–63 lower-case letters, digits and hyphens; not reserved.
err-name = Please enter a name (at most 200 characters).
err-slug-taken = This short name is already taken.
err-bundesland = Please choose a federal state.
err-ags = The official municipality key has exactly 8 digits and starts with the state number 01–16.
err-ags-land = The municipality key does not match the chosen federal state.
err-district = Please choose a district.
err-slug-or-ags-taken = Short name or municipality key are already taken.
err-role-scope = Please choose a role and a matching municipality or district.

token-problem-title = This link does not work
token-invalid = The link is invalid. Please check that it was copied completely.
token-expired = The link has expired. Please request a new one.
token-used = The link has already been used. Every link works only once.
token-problem-forgot-link = Request a new link

role-parent = Parent
role-facility_staff = Facility staff
role-facility_lead = Facility head
role-provider_admin = Provider administration
role-youth_office = Youth office
role-municipality_admin = Municipality administration
role-district_official = District
role-operator = Operations

mail-signature = Your Kitaplatz team
mail-confirm-subject = Please confirm your e-mail address
mail-confirm-body = Hello,
    
    you registered with Kitaplatz ({ $municipality }). Please confirm your e-mail address with this link (valid for 3 days):
    
    { $link }
    
    If you did not register, you can ignore this e-mail.
mail-exists-subject = Registration with Kitaplatz
mail-exists-body = Hello,
    
    somebody tried to create a new account with your e-mail address. You already have an account. Log in: { $login }
    
    Forgot your password? { $reset }
    
    If this was not you, there is nothing to do.
mail-reset-subject = Reset your password
mail-reset-body = Hello,
    
    with this link you can set a new password. It is valid for 12 hours and works only once:
    
    { $link }
    
    If you did not ask for this, ignore this e-mail; your password stays unchanged.
mail-invite-subject = Invitation to Kitaplatz
mail-invite-body = Hello,
    
    you have been invited to Kitaplatz: role "{ $role }" in { $scope }. Please set your password with this link (valid for 7 days):
    
    { $link }
mail-granted-subject = New role in Kitaplatz
mail-granted-body = Hello,
    
    your account has a new role: "{ $role }" in { $scope }. Log in: { $link }

index-title = Find and apply for a daycare place
index-intro = Choose your municipality to see facilities, request a daycare place or report your need for care.
index-municipalities = Municipalities
index-none = No municipality has been set up yet.

municipality-title = Childcare in { $name }
municipality-intro = Here you report your child's need for care and request a place in a daycare centre or with a childminder. With an account you can see the status at any time.
municipality-register = Create account
municipality-login = Log in

login-title = Log in
login-email = E-mail address
login-password = Password
login-submit = Log in
login-forgot = Forgot your password?
login-register-hint = No account yet? Choose your municipality on the start page and create an account there.
login-session-expired = Your session expired after inactivity. Please log in again.

register-title = Create account
register-intro = For your account we only need your e-mail address and a password. You give details about your child later, in the application.
register-email = E-mail address
register-password = Password
register-password-hint = At least 12 characters. Safest is a sentence of several words.
register-password2 = Repeat password
register-submit = Create account

check-mail-title = Please check your e-mail
check-mail-text = We have sent you an e-mail. Click the link in it to confirm your address. No e-mail? Please also look in your spam folder.

confirm-title = Confirm e-mail address
confirm-text = Please confirm that this e-mail address belongs to you.
confirm-submit = Confirm now

forgot-title = Forgot password
forgot-text = Enter your e-mail address. If there is an account for it, we will send you a link to set a new password.
forgot-email = E-mail address
forgot-submit = Request link
forgot-sent-title = E-mail on its way
forgot-sent-text = If there is an account with this address, we have sent a link. It is valid for 12 hours.

set-password-title = Set a new password
invite-title = Welcome – set your password
set-password-submit = Save password

account-title = My account
account-email = E-mail address
account-roles = Your access
account-no-roles = No role has been assigned to your account yet.
account-open = Open

office-title = Office { $name }
office-intro = Welcome to the office. Here you handle requests, allocation and contracts of your municipality, depending on your role.
office-your-roles = Your roles in this municipality

users-title = Office users
users-invite-title = Invite a person
users-email = E-mail address
users-role = Role
users-invite-submit = Send invitation
users-status = Status
users-active = active
users-invited = invited
users-disabled = disabled
users-disable = Disable
users-enable = Enable
users-none = No users yet.
users-action = Action

settings-title = Municipality settings
settings-max-wishes = Maximum wish facilities per application
settings-advance-months = Registration at most this many months before the start of care
settings-cutoff = School-entry cut-off (MM-DD)
settings-cutoff-hint = Children who turn six by this day count as school children from August.
settings-threshold = Statistics: smallest count shown
settings-modules = Active modules
settings-submit = Save
module-parents = Parent portal
module-register = Population register check
module-allocation = Central allocation
module-contracts = Contracts and occupancy
module-statistics = Statistics for the district

audit-title = Audit log
audit-filter = Filter
audit-entity = Entity type
audit-user = User (e-mail)
audit-from = From
audit-to = To
audit-apply = Apply filter
audit-at = Time
audit-actor = User
audit-token = API token "{ $name }"
audit-action = Action
audit-entity-id = Entity
audit-fields = Changed fields
audit-request = Request
audit-none = No entries for this filter.
audit-all = all

admin-title = Operations
admin-districts = Districts
admin-municipalities = Municipalities
admin-users = Office access
admin-new-district = New district
admin-new-municipality = New municipality
admin-invite = Invite an administrator or district official
admin-create = Create
admin-none = No entries yet.
admin-slug-hint = Part of the address, e.g. "musterstadt" for /musterstadt
admin-ags-hint = 8 digits, e.g. 05958001
field-slug = Short name
field-name = Name
field-ags = Official municipality key (AGS)
field-bundesland = Federal state
field-district = District
field-role = Role
field-scope = Municipality or district
field-email = E-mail address

kreis-title = { $name }
kreis-intro = Anonymised statistics of all municipalities of the district. Personal data is never shown here.
kreis-municipalities = Municipalities in the district

nav-kitas = Daycare
nav-facilities = Facilities
kind-krippe = Crèche (under 3)
kind-kindergarten = Kindergarten
kind-kita = Daycare centre
kind-hort = After-school care (Hort)
kind-kindertagespflege = Childminder
pkind-public = Public provider
pkind-church = Church provider
pkind-association = Independent provider (association)
pkind-company = Company provider
cat-U2 = under 2 (U2)
cat-U3 = under 3 (U3)
cat-UE3 = 3 until school (Ü3)
cat-HORT = school children (Hort)

dir-title = Daycare in { $name }
dir-filter = Narrow the choice
dir-kind = Kind of facility
dir-category = Age group
dir-hours = Care hours per week
dir-hours-value = { $hours } hours
dir-profile = Profile
dir-count = { $shown } of { $total } facilities
dir-provider = Provider
dir-address = Address
dir-opening-hours = Opening hours
dir-phone = Phone
dir-website = Website
dir-places = Licensed places
dir-licensed = Places
dir-no-licence = There is no operating licence for today.
dir-back = Back to the list
municipality-directory = See daycare centres and childminders

fac-title = Facilities
fac-new-provider = New provider
fac-new = New facility
fac-edit = Edit master data
fac-licences = Operating licence
fac-new-licence = New operating licence period
fac-public-view = Public view
f-provider = Provider
f-provider-kind = Kind of provider
f-street = Street
f-house_number = House number
f-postal_code = Postal code
f-city = City
f-latitude = Latitude (optional, e.g. 51.5123)
f-longitude = Longitude (optional, e.g. 7.4651)
f-phone = Phone
f-email = Facility e-mail address
f-website = Website (https://…)
f-opening_hours = Opening hours (e.g. Mon–Fri 7:00–17:00)
f-care_hours = Weekly care hours offered (e.g. 25, 35, 45)
f-tags = Profile keywords, comma-separated (e.g. montessori, bilingual, inclusion)
l-from = Valid from
l-to = Valid to (empty = open-ended)
l-places = Licensed places per age group
l-reserved = Of these reserved (e.g. company places)
l-reserved-n = { $n } reserved

err-f-name = Please enter a name (at most 200 characters).
err-f-kind = Please choose a kind.
err-f-address = Please enter the complete address.
err-f-postal-code = The postal code has 5 digits.
err-f-coordinates = Leave latitude and longitude both empty or give both as decimal numbers.
err-f-text = The text is too long or contains control characters.
err-f-website = The website must start with https:// or http://.
err-f-care-hours = Please give hours from 1 to 60, comma-separated.
err-f-tags = Keywords: letters, digits and hyphens, at most 20 keywords.
err-f-provider = Please choose a provider of this municipality.
err-provider-taken = A provider with this name exists already.
err-facility-taken = A facility with this name exists already.
err-l-from = Please enter a start date.
err-l-to = The end date is invalid or before the start date.
err-l-overlap = This period overlaps an existing operating licence of the facility.
err-l-reserved = There cannot be more reserved than licensed places.
err-l-places = Please enter whole numbers from 0; at least one age group needs places.

nav-family = My family
family-title = My family
family-intro = Enter your children and the guardians here as they are registered with the population register. We need more details only once a care contract is made.
family-children = Children
family-no-children = No children entered yet.
family-add-child = Add a child
family-guardians = Guardians
family-no-guardians = No guardians entered yet.
family-add-guardian = Add a guardian
child-first_names = First names (all, as registered)
child-last_name = Last name
child-birth_date = Date of birth
child-street = Street (registered address)
child-house_number = House number
child-postal_code = Postal code
child-city = City
child-born = born on { $date }
child-category-today = Age group today
child-edit = Change details
err-person-name = Please enter a name of 1 to 100 characters.
err-birth-date = Please enter a valid date of birth, not in the future and at most 14 years ago.

nav-applications = Applications
a-list-title = My applications
a-none = You have not applied yet.
a-new-title = New application
a-new-for = Apply for { $name }
a-no-children = First enter your child.
a-child = Child
a-kind = What would you like to submit?
a-kind-request = Care request
a-kind-request-hint = You apply for a place in particular facilities, in the order of your wishes.
a-kind-needs = Needs report
a-kind-needs-hint = You report that your child needs care from a date on. This secures the legal entitlement (§ 24 SGB VIII). Wished facilities are optional.
a-start = Desired start
a-hours = Care hours per week
a-hours-none = not given
a-wishes = Wished facilities
a-wishes-hint = First choice first. Each facility only once.
a-wish-n = Wish { $n }
a-wish-none = – none –
a-criteria = Does any of these apply to your family?
a-consent = Consent and data protection
a-consent-accept = I have read the text and agree.
a-submit = Submit application
a-entitlement = Legal entitlement from
a-history = History
a-withdraw = Withdraw application
a-edit = Change application
event-submitted = Application received
event-edited = Application changed
event-withdrawn_by_parent = Withdrawn by you
flash-submitted = Your application has been received. We have sent you a confirmation by e-mail.
flash-already-open = There already is an open application for this child and this Kita year. You can change it here.
flash-not-editable = This application can no longer be changed.
flash-withdrawn = The application has been withdrawn.
status-submitted = Received
status-submitted-explain = Your application has been received and is being checked.
status-checked = Checked
status-checked-explain = The details are checked. The application takes part in the next allocation.
status-needs_review = Being clarified
status-needs_review-explain = We still need to clarify something and will contact you.
status-in_allocation = In allocation
status-in_allocation-explain = The youth office is allocating places right now. Changes are not possible now.
status-offered = Place offered
status-offered-explain = You have been offered a place. Please answer in time.
status-accepted = Accepted
status-accepted-explain = You accepted the offer. The facility will contact you about the contract.
status-contracted = Contract signed
status-contracted-explain = The care contract has been signed.
status-declined = Declined
status-declined-explain = You declined the offer.
status-expired = Offer expired
status-expired-explain = The offer was not accepted in time.
status-rejected = Waiting list
status-rejected-explain = There was no place in this round. Your application stays on the waiting list.
status-withdrawn = Withdrawn
status-withdrawn-explain = The application has been withdrawn.
status-closed = Closed
status-closed-explain = The application is closed.
mail-application-subject = Your daycare application
mail-application-body = Hello,
    
    the application for { $child } is now: { $status }.
    
    Details: { $link }
err-a-start-invalid = Please give a valid start date.
err-a-start-past = The start must not be in the past.
err-a-start-far = The start is too far in the future to apply now.
err-a-no-category = There is no age group for this child on this date.
err-a-too-many = Too many wished facilities.
err-a-repeated = Each facility may be chosen only once.
err-a-no-wish = Please choose at least one facility.
err-a-unknown-facility = This facility does not belong to this municipality.
err-a-no-places = { $name } has no places for your child's age group on this date.
err-a-hours-missing = Please choose the care hours per week.
err-a-hours-not-offered = { $name } does not offer these care hours.
err-a-kind = Please choose care request or needs report.
err-a-child = Please choose one of your children.
err-a-answers = Unknown choice.
err-a-consent = Please agree to the text, otherwise we cannot process the application.

nav-office-applications = Applications
oa-title = Applications
oa-status = Status
oa-kind = Kind
oa-facility = Wished facility
oa-month = Start in month
oa-late = only late submissions
oa-overdue = only needs reports past the entitlement date
oa-sort = Order
oa-sort-submitted = newest first
oa-sort-start = earliest start first
oa-sort-child = by last name
oa-count = { $total } applications
oa-export-csv = download as CSV
oa-export-xlsx = download as Excel
oa-flags = Notes
oa-flag-late = late
oa-flag-paper = paper application
oa-pages = Pages
oa-prev = previous page
oa-next = next page
oa-page-of = page { $page } of { $pages }
oa-points = Points from criteria
oa-points-n = { $n } points
oa-entitlement-passed = entitlement already applies, no offer yet
x-kind = Kind
x-status = Status
x-first-names = First names
x-last-name = Last name
x-birth-date = Date of birth
x-start = Start
x-category = Age group
x-hours = Hours per week
x-wishes = Wishes
x-submitted = Received
x-late = Late
x-origin = Origin
x-entitlement = Entitlement from
x-yes = yes
x-no = no
x-sheet = Applications

nav-rules = Allocation rules
rules-title = Rules for applications
rules-criteria = Priority criteria
rules-criteria-intro = Each criterion is asked as a yes/no question. Its points count in the central allocation.
rules-label = Question
rules-help = Explanation (optional)
rules-active = asked
rules-inactive = switched off
rules-activate = Switch on
rules-deactivate = Switch off
rules-consent = Consent text
rules-consent-version = Current text: version { $version }. A change creates a new version; earlier consents stay with their version.
rules-consent-text = Text
rules-consent-publish = Publish as a new version
rules-deadlines = Registration deadlines
rules-deadline-line = Kita year { $year }/{ $next }: until { $date }
rules-kita-year = Kita year (start, e.g. 2027 for 2027/28)
rules-deadline = Registration deadline
err-points = Please enter a whole number from 0 to 10000.
err-consent-text = Please enter a text of at most 10000 characters.
err-deadline = Please give the Kita year and a date.

paper-title = Enter a paper application
paper-intro = For families without internet: enter the application from the paper form. The family receives an activation code to take the application over into an account of their own later.
paper-submit = Enter application
paper-done-title = Paper application entered
paper-done-text = Give the family this activation code (valid { $days } days, usable once). It will not be shown again.
paper-code = Activation code
paper-open = Open application
paper-another = Enter another paper application
claim-title = Take over a paper application
claim-intro = You applied on paper and received an activation code? Enter it here. Your child and the application then appear in your account.
claim-submit = Redeem code
claim-link = Take over a paper application with an activation code
err-claim-unknown = We do not know this code. Please check your entry (10 characters).
flash-claimed = The paper application is now in your account.
users-provider = Provider
users-provider-hint = Only for the role "provider administration": the person maintains this provider's facilities.
oa-days-open = Open for
oa-days-n = { $n } days
# Register check and duplicates
nav-review = Review queue
nav-ewo = Population register
review-title = Review queue: population register and duplicates
review-pending = { $n ->
    [one] One register check is still pending.
   *[other] { $n } register checks are still pending.
}
review-register = Not (or not unambiguously) in the population register
review-none = Nothing to review.
review-duplicates = Possible duplicates
review-pair-title = Match { $score } %
review-field = Item
review-record-a = Application A
review-record-b = Application B
review-address = Address
review-open = Application
review-open-a = Open application A
review-open-b = Open application B
review-merge-keep-a = Merge, keep A
review-merge-keep-b = Merge, keep B
review-distinct = Not the same child
review-cross = Possible multiple registration in another municipality
review-cross-hint = The other municipality sees the same notice. No data of the other municipality is shown; clarify the case with it or with the parents if needed.
review-cross-in = Possible multiple registration in { $name }
review-cross-dismiss = Reviewed
dup-duplicate = very likely the same child
dup-review = please check
dup-source-register = same person in the population register
reg-status = Population register
reg-pending = Check pending
reg-resident = Registered in the municipality
reg-not_found = Not registered (out-of-town child?)
reg-ambiguous = Several possible people
reg-unchecked = No population register connected
reg-out_of_town_approved = Out-of-town child admitted
reg-out_of_town_rejected = Out-of-town child not admitted
reg-retry = Register unavailable, attempt { $n } failed; next attempt { $at }
reg-note = Reason
reg-move-in = Planned move-in
reg-decide = Decision
reg-decide-resident = The child is registered in the municipality (checked)
reg-decide-approve = Admit as an out-of-town child (e.g. moving in)
reg-decide-reject = Do not admit; the application is closed
reg-reason = Reason (required)
reg-move-in-date = Planned move-in date
reg-move-in-hint = Only when admitting because the family moves in.
reg-decide-submit = Save decision
oa-checks = Checks
oa-open-pairs = { $n ->
    [one] one possible duplicate
   *[other] { $n } possible duplicates
}
oa-merged-into = Merged into
oa-merged-link = the application kept
ewo-title = Population register
ewo-intro = Applications are checked against the population register in the background: residence, out-of-town children and duplicates. Parents never wait for it; when the register is unavailable, the check is retried later.
ewo-configured = A population register is connected.
ewo-not-configured = No population register connected: applications are only checked for duplicates.
ewo-kind = Procedure
ewo-kind-meso = MESO (HSH)
ewo-kind-ok_ewo = OK.EWO (AKDB, via OK.KOMM)
ewo-endpoint = Register address (URL)
ewo-username = User name
ewo-password = Password
ewo-password-stored = A password is stored; it is not shown. Leave empty to keep it.
ewo-password-none = No password stored.
ewo-clear-password = Delete the stored password
ewo-timeout = Time limit per lookup (seconds)
ewo-remove = Disconnect the register
ewo-log = Lookup log
ewo-log-at = Time
ewo-log-reference = File reference
ewo-log-procedure = Procedure
ewo-log-result = Result
ewo-log-duration = Duration
lookup-found = found
lookup-not_found = not found
lookup-ambiguous = ambiguous
lookup-refused = refused (Nichterstellung)
lookup-unavailable = unavailable
err-register-kind = Please choose a procedure.
err-register-endpoint = Please enter an https address (http only for this machine, e.g. the simulator).
err-register-username = The user name is too long or contains control characters.
err-register-timeout = Please enter a number from 1 to 120.
err-decision-reason = Please give a reason (at most 500 characters).
err-move-in-date = The move-in date is invalid or does not fit the decision.
err-already-decided = This has been decided already.
flash-merged = The applications are merged. The history of both is kept.
event-register_resident = Residence confirmed
event-register_not_found = Residence being clarified
event-register_ambiguous = Residence being clarified
event-check_completed = Details checked
event-duplicate_suspected = Being checked for a duplicate registration
event-register_confirmed = Residence confirmed
event-out_of_town_approved = Admitted as an out-of-town child
event-out_of_town_rejected = Not admitted as an out-of-town child
event-duplicate_distinct = Clarification finished
event-duplicate_merged = Merged with another application for the same child
event-merged_into = Merged with another application for the same child
event-merged_from = Another application for the same child was merged into this one
nav-allocation = Allocation
alloc-title = Central allocation
alloc-intro = Create an allocation round, compute what-if runs and compare them. Families only receive offers or a waiting-list notice when you publish.
alloc-rounds = Allocation rounds
alloc-no-rounds = No allocation round yet.
alloc-name = Name
alloc-start = Reference date (start)
alloc-start-hint = Free places are counted on this day: licensed places minus reserved, taken and offered places.
alloc-created = Created
alloc-published = published
alloc-published-at = Published on { $at }
alloc-draft = In preparation
alloc-new = New allocation round
alloc-categories = Age groups
alloc-kinds = Application kinds
alloc-months = Desired start
alloc-month-from = Desired start from (month)
alloc-month-to = Desired start until (month)
alloc-create = Create round
alloc-what-if = Compute what-if run
alloc-what-if-hint = A what-if run changes no application. It is only stored in the allocation log.
alloc-what-if-note = This is a what-if run. Families see nothing of it until you publish it.
alloc-runs = Runs
alloc-run = Run
alloc-run-n = Run { $n }
alloc-no-runs = No run yet.
alloc-input-hash = Input checksum
alloc-compare = Compare runs
alloc-compare-a = Left run
alloc-compare-b = Right run
alloc-changed = { $n } children have a different result in the two runs.
alloc-summary-title = Overview
alloc-summary = { $placed } of { $children } children get a place, { $unplaced } remain without one.
alloc-this-published = This run was published.
alloc-publish = Publish and send notices
alloc-publish-hint = Families with a place receive an offer with a deadline, the others a waiting-list notice. A second click sends nothing twice.
alloc-chart-title = Which wish the children got
alloc-wish-n = Wish { $n }
alloc-unplaced = No place
alloc-result = Result
alloc-children = Children
alloc-slots = Places per facility and age group
alloc-capacity = Free places
alloc-placed = Allocated
alloc-fill = Fill rate
alloc-first-wishes = First wishes
alloc-unplaced-children = Children without a place
alloc-reasons = Reasons per wish
alloc-no-wishes = No facility wished.
alloc-all-placed = Every child of this round gets a place.
alloc-reason-full = all places went to children with at least { $cutoff } points
alloc-reason-no-capacity = no free places in this age group
alloc-reason-unknown = not part of the round
alloc-reason-sibling = given up so that siblings are cared for together
alloc-siblings = Siblings
alloc-group-together = Placed together
alloc-group-split = Placed apart (please check)
alloc-group-unplaced = At least one sibling without a place
alloc-log = Allocation log
alloc-criteria-version = Points catalogue version
alloc-engine = Method version
alloc-lottery = Lottery numbers checksum
alloc-seconds = Computing time
alloc-stability = Stability
alloc-stable = Stable: no child has a claim to a place that went to a child with lower priority.
alloc-envy = { $n ->
    [one] One case in which a child could claim a place it wished more.
   *[other] { $n } cases in which a child could claim a place it wished more.
}
err-round-name = Please enter a name (at most 120 characters).
err-round-start = Please enter a valid reference date.
err-round-categories = Please choose at least one age group.
err-round-kinds = Please choose at least one application kind.
err-round-months = Please enter a valid period (start not after end).
flash-published = Published. The notices are being sent.
err-already-published = This round has already been published. Nothing was sent again.
err-run-outdated = Free places have changed since this run. Please compute a new what-if run.
cat-short-U2 = U2
cat-short-U3 = U3
cat-short-UE3 = 3+
cat-short-HORT = After-school
offer-title = Your place offer
offer-status = Status
offer-open = Open – please answer
offer-accepted = Accepted
offer-declined = Declined
offer-expired = Deadline passed
offer-lapsed = Place taken meanwhile
offer-withdrawn = Withdrawn
offer-deadline = Please answer by { $deadline }.
offer-accept = Accept the place
offer-decline = Decline the place
flash-offer-accepted = You accepted the place. The facility will contact you about the care contract.
flash-offer-declined = You declined the place. It will be allocated again in the next round.
err-offer-not-open = This offer is no longer open.
err-offer-place-gone = Sorry, the last place has just been taken. Your application stays on the waiting list.
expl-title = How the allocation decided
expl-first-wish = Your child gets a place at its first-choice facility: { $facility }.
expl-placed = Your child gets a place at { $facility }. About the facilities you ranked higher:
expl-unplaced = This round there was no place for your child at the facilities you wished:
expl-full = { $facility }: { $capacity ->
    [one] the only { $category } place went to a child
   *[other] all { $capacity } { $category } places went to children
} with at least { $cutoff } points; your application had { $points } points.
expl-full-tie = { $facility }: { $capacity ->
    [one] the only { $category } place is taken.
   *[other] all { $capacity } { $category } places are taken.
} With { $points } points your application had as many as the last children admitted; among them the lottery number decided.
expl-no-capacity = { $facility }: there were no free { $category } places at the start date.
expl-sibling = { $facility }: this wish was set aside so that siblings are cared for together.
expl-unknown = { $facility }: this facility did not take part in the allocation.
event-offered = Place offered
event-no_place_this_round = No place this round – on the waiting list
event-place_taken_meanwhile = The place was taken meanwhile – on the waiting list
event-accepted_by_parent = Offer accepted
event-declined_by_parent = Offer declined
event-closed_other_accepted = Closed because another offer was accepted
event-offer_expired = Answer deadline passed
mail-offer-subject = A place for your child
mail-offer-body = Hello,
    
    we offer { $child } a place at { $facility }.
    Please accept or decline the offer by { $deadline }: { $link }
    
    Without an answer the offer lapses and the place is allocated again.
mail-reminder-subject = Reminder: place offer for your child
mail-reminder-body = Hello,
    
    the place offer for { $child } at { $facility } is valid until { $deadline }.
    Please answer in time: { $link }
nav-allocation-settings = Allocation settings
alloc-settings-title = Central allocation settings
alloc-settings-intro = On top of the points of the allocation criteria, a child gets bonus points at single facilities. Express hard priorities with high points. Equal points are decided by the lottery number each application draws once on arrival.
alloc-bonuses = Bonus points per facility
alloc-bonus_sibling = A sibling already has a place there
alloc-bonus_own_krippe = The facility's own nursery child moves to the 3+ group
alloc-bonus_catchment = Lives in the facility's catchment area
alloc-bonus_staff = A parent works at the facility
alloc-offer-days = Days to answer a place offer
err-bonus-points = Please enter a whole number from 0 to 100,000.
err-offer-days = Please enter 3 to 60 days.
alloc-facts = Details for the allocation
alloc-current-facility = Currently attends
alloc-current-hint = When changing facility, the current place stays as the last wish; a nursery child gets the bonus for the 3+ group of the same facility.
alloc-staff-facility = A parent works at
offer-title-office = Place offer
offer-deadline-short = deadline { $deadline }
fac-catchment = Catchment area
fac-catchment-label = Postal codes and streets in the catchment area
fac-catchment-hint = One postal code or street name per line. Children who live here get the catchment bonus of the allocation at this facility.
err-catchment = At most 2,000 lines of at most 100 characters each.

## Review before publishing: adjustments by hand, confirmations by facility leads
alloc-reason-manual = given to another child by the youth office by hand
expl-manual = { $facility }: after looking at the individual case, the youth office gave this place differently.
err-unconfirmed = Not all proposed places have been confirmed by the facilities yet. Send the proposal for confirmation and wait for the answers.
flash-adjusted = The change is saved; capacity and stability were checked again.
err-adjust-input = The change is incomplete.
err-reason-required = Please give a reason (at most 1000 characters).
err-adjust-child = This child is not part of this run.
err-adjust-facility = This facility is not part of this run.
err-adjust-not-wished = The parents did not wish this facility. Children are only moved to facilities they wished.
err-adjust-full = There is no free place left in this age group there.
err-adjust-hold = That many places cannot be held back: they are already proposed to children.
err-adjust-no-change = This would change nothing.
flash-sent-for-review = The proposal has been sent to the facility leads for confirmation.
flash-place-confirmed = Confirmed.
flash-place-rejected = Rejected. The youth office sees your reason.
lead-sent = This proposal is with the facility leads for confirmation. { $n ->
    [0] All places are confirmed.
    [one] One place is not confirmed yet.
   *[other] { $n } places are not confirmed yet.
}
lead-send-hint = The facility leads see the children proposed for their facility and confirm or reject each with a reason.
lead-required = In your municipality every place must be confirmed before publishing.
lead-send = Send to the facilities for confirmation
alloc-proposal = Proposed places
alloc-wish = Wish
lead-answer = Facility's answer
alloc-moved = changed by hand
lead-confirmed = confirmed
lead-rejected = rejected
lead-pending = open
alloc-envy-title = Check after the changes
alloc-envy-case = { $child } has a stronger claim to { $facility } than { $other }.
alloc-envy-free = { $child } has a claim to a free place at { $facility }.
adjust-title = Changes by hand
adjust-move-line = { $child } → { $facility }
adjust-unplace-line = { $child }: no place
adjust-hold-line = { $n ->
    [one] 1 place
   *[other] { $n } places
} { $category } held back at { $facility }
adjust-reason = Reason
adjust-none = No changes by hand.
adjust-move = Move a child
adjust-child = Child
adjust-to = New place
adjust-no-place = no place
adjust-move-submit = Move
adjust-hold = Hold back places
adjust-places = Number of places (0 releases them)
adjust-hold-submit = Hold back
alloc-held = { $n } held back
alloc-confirmation-required = Facility leads must confirm every proposed place before publishing
proposals-title = Place proposals
proposals-intro = The youth office proposes these children for your facility. Please confirm or reject each proposal with a reason.
proposals-no-facility = No facility is assigned to your account yet. Please contact your municipality's administration.
proposals-none = There are no proposals for your facility at the moment.
proposals-round = Allocation round
lead-confirm = Confirm
lead-reject = Reject
nav-proposals = Proposals
users-facility = Facility
users-facility-hint = Only for facility leads and staff: the facility the person works at.
err-users-facility = Please choose the facility the person works at.
lead-missing = no facility lead in the portal (no confirmation needed)
job-title = Allocation run in progress
job-queued = The run is waiting to start.
job-running = The run is being computed.
job-progress = Step { $done } of { $total }
job-refresh = This page refreshes itself. You may also leave it; the result appears in the round.
job-failed = The run could not be computed. The error is in the operations log; please try again later or contact operations.
job-back = Back to the round
letters-title = Letters
nav-letters = Letters
letters-admin-title = Letter templates
letters-admin-intro = The allocation's letters are made from these templates as PDF. They are sent by e-mail and kept with the child's application. Every saved change is a new version.
letters-kind = Letter
letters-version = Version in use
letters-version-n = Version { $n } of { $at }
letters-built-in = Built-in text (not edited yet)
letters-in-use = In use: version { $n }
letters-subject = Subject
letters-body = Text
letters-body-hint = A blank line starts a new paragraph. Variables in double curly braces are replaced when the letter is made.
letters-preview = Preview as PDF (with sample data)
letters-save = Save as new version
letters-variables = Available variables
letters-variable = Variable
letters-meaning = Meaning
letters-rules = Variables, filters such as upper and conditions with if / elif / else / endif are allowed. Loops, includes and functions are blocked for security.
letters-history = Earlier versions
letter-kind-offer = Offer of a place
letter-kind-waiting_list = Waiting list (no place this round)
letter-var-municipality = Name of the municipality
letter-var-child-first-names = Child's first names
letter-var-child-last-name = Child's last name
letter-var-birth-date = Child's date of birth
letter-var-facility = Facility offered (empty for the waiting list)
letter-var-start-date = Start of care
letter-var-weekly-hours = Hours of care per week, as applied for
letter-var-deadline = Answer deadline (empty for the waiting list)
letter-var-round = Name of the allocation round
letter-var-today = Date of the letter
letter-var-portal-link = Link to the application in the parents' portal
flash-letter-saved = The template is saved as a new version.
err-letter-concurrent = Another version was saved at the same time. Please check the text and save again.
err-letter-empty = Subject and text must not be empty.
err-letter-too-long = Subject or text is too long (at most 20,000 characters).
err-letter-statement = "{ $statement }" is not allowed in letter templates. Only if, elif, else and endif are allowed.
err-letter-invalid = The template cannot be used: { $message }

## Contracts (Betreuungsverträge)
nav-contracts = Contracts
contracts-title = Care contracts
contracts-intro = Contracts come from accepted offers or are entered for children already in care. A child can have only one signed contract at any time.
contracts-new = Enter a contract for a child in care
contracts-import = Import existing children
contracts-awaiting = Accepted offers without a contract
contracts-awaiting-none = No accepted offers are waiting for a contract.
contracts-draft-from-offer = Create draft contract
contracts-list = Contracts
contracts-none = No contracts yet.
contracts-back = Back to the contracts
contract-title = Care contract
contract-facility = Facility
contract-child = Child
contract-actions = Actions
contract-status = Status
contract-status-draft = draft
contract-status-signed = signed
contract-status-ended = ended
contract-origin = Origin
contract-origin-offer = from an offer
contract-origin-direct = entered directly
contract-origin-import = import
contract-end = End (last day of care)
contract-open-ended = open-ended
contract-external-id = Id in the facility software
contract-new-intro = For a child the facility already cares for, or admits without the allocation. The contract is saved as a draft and counts only once signed.
contract-guardian = Guardian
contract-terms = Contract
contract-f-first_names = First name(s)
contract-f-last_name = Last name
contract-f-birth_date = Date of birth
contract-f-street = Street
contract-f-house_number = House number
contract-f-postal_code = Postal code
contract-f-city = City
contract-f-start_date = Start
contract-f-end_date = End (optional, last day of care)
contract-f-weekly_hours = Hours per week
contract-save-draft = Save draft
contract-sign = Record the contract as signed
contract-sign-hint = Only a signed contract holds the place. It is refused if it overlaps another signed contract of the child.
contract-change-hours = Change hours
contract-valid-from = valid from
contract-save-change = Save change
contract-change-end = Change the end
contract-end-hint = Leave empty for open-ended. Earlier values stay in the history.
contract-terminate = End the contract
contract-last-day = Last day of care
contract-history = History
contract-recorded = Recorded
contract-change = Change
contract-v-hours = { $hours } hours per week from { $from }
contract-v-end = Ends on { $date }
contract-v-open = open-ended
contract-reason-created = when created
contract-reason-changed = changed
contract-reason-ended = ended
contract-err-facility = Please choose a facility.
contract-err-name = Please enter the names.
contract-err-birth-date = Please enter a valid date of birth.
contract-err-address = Please enter the full address (postal code with five digits).
contract-err-start = Please enter a valid start date.
contract-err-end = The end must be a valid date on or after the start.
contract-err-hours = Please enter the hours per week as a whole number from 1 to 60.
contract-err-overlap = The child already has a signed contract in this period.
contract-err-state = This is not possible in this state.
contract-err-outside = The date lies outside the contract period.
contract-err-offer-gone = The offer behind this draft no longer stands (withdrawn or lapsed); the contract cannot be signed like this.
contract-err-use-offer = This child holds an accepted offer. Please make the contract from the offer (list at the top of the contracts page).

## Bestandskinder import
import-intro = Upload a CSV file (UTF-8, separated by semicolons or commas) or an XLSX file with a header row. Every row is checked first; the import runs only when all rows are free of errors — and then imports all of them or none.
import-columns = Columns
import-column = Column
import-required = Required
import-meaning = Content
import-col-einrichtung = Facility name as in the portal
import-col-vorname = Child's first name(s)
import-col-nachname = Child's last name
import-col-geburtsdatum = Date of birth (DD.MM.YYYY or YYYY-MM-DD)
import-col-strasse = Street
import-col-hausnummer = House number
import-col-plz = Postal code (five digits)
import-col-ort = City
import-col-sorgeberechtigt_vorname = First name of a guardian
import-col-sorgeberechtigt_nachname = Last name of a guardian
import-col-beginn = Contract start
import-col-ende = Contract end (last day of care), empty for open-ended
import-col-wochenstunden = Booked hours per week (1–60)
import-col-externe_id = Id of the contract in the facility software (optional, unique)
import-file = File (CSV or XLSX)
import-check = Check file
import-report = Check report
import-status-uploaded = Checked, not imported yet.
import-status-queued = The import is running …
import-status-done = Imported.
import-status-failed = The import failed; nothing was imported.
import-done = { $count } contracts were imported.
import-failed = Reason:
import-failed-other = A technical error occurred. Please upload the file again; if the error persists, contact operations.
import-unreadable = The file cannot be read. Please upload a CSV (UTF-8) or XLSX file.
import-bad-header = The header row does not fit.
import-missing = Missing column
import-unknown = Unknown column
import-summary = { $rows } rows, { $valid } without errors; { $errors } problems.
import-errors = Problems per row
import-line = Row
import-problem = Problem
import-fix-and-retry = Please correct the file and upload it again. Only a file without errors is imported.
import-run = Import { $count } contracts
import-another = Upload another file
import-not-importable = This file cannot be imported: it has errors, no rows, or is being imported already.
import-queued = The import has started.
import-err-einrichtung = Unknown facility (or not yours)
import-err-vorname = First name missing or invalid
import-err-nachname = Last name missing or invalid
import-err-geburtsdatum = Invalid date of birth
import-err-strasse = Incomplete address
import-err-plz = Invalid postal code
import-err-sorgeberechtigt_vorname = Guardian's first name missing
import-err-sorgeberechtigt_nachname = Guardian's last name missing
import-err-beginn = Invalid start
import-err-ende = Invalid end or before the start
import-err-wochenstunden = Invalid hours per week (1–60)
import-err-externe_id = Id twice or invalid
import-err-overlap = Overlaps another contract of this child
import-err-use_offer = The child holds an accepted offer – please make the contract from the offer

## Planning (occupancy, forecast, coverage)
nav-planning = Planning
plan-title = Occupancy and needs planning
plan-occupancy = Occupancy on { $date }
plan-date = Date
plan-show = Show
plan-licensed = Licensed places
plan-reserved = of which reserved
plan-confirmed = Occupied (contracts)
plan-planned = Planned (with accepted offers)
plan-free = Free (planned)
plan-overbooked = overbooked
plan-forecast = Forecast for 24 months
plan-forecast-intro = Each month is computed on its first day. Open demand means care requests and needs reports from their desired start. Demand is the planned occupancy plus the open demand — or, where birth cohorts are uploaded, the projection from the cohorts and coverage rates. Months where demand exceeds the places are marked.
plan-chart-caption = Places and demand per age group; the numbers are in the tables below.
plan-table-caption = Monthly values
plan-month = Month
plan-capacity = Places
plan-demand = Open demand
plan-projected = Projection from cohorts
plan-coverage = Coverage
plan-shortfall = Demand exceeds places
plan-switching = Age-group changes (in/out)
plan-ageing-out = Leaving by age
plan-ending = Contracts ending
plan-when-free = When will a place be free?
plan-wished = Wished facilities (none selected: all)
plan-ask = Find the first free month
plan-first-free = First month with a free place
plan-not-within = not within 24 months
plan-overdue = Open needs reports past the entitlement date
plan-overdue-none = No open needs report is past its entitlement date.
plan-entitled-since = Entitled since
plan-facility-title = Occupancy forecast: { $name }
plan-facility-intro = Places, occupancy and movements over the next 24 months.
plan-back = Back to planning
plan-coverage-title = Coverage per age group and planning area
plan-coverage-cohorts = Demand from the birth cohorts and the coverage rates per age year (where a planning area has cohorts), otherwise occupied and planned places plus open requests.
plan-coverage-known = Demand = occupied and planned places plus open requests and needs reports. With uploaded birth cohorts the planning computes the expected demand per planning area.
plan-coverage-caption = Coverage (places per 100 children who need one) over time; 100 % means every need has a place.
plan-region = Area
plan-total-demand = Demand
plan-lowest = lowest coverage
plan-shortfall-months = Months with a shortfall
plan-no-shortfall = none
plan-area-forecast = Forecast for planning area { $name }
plan-setup-title = Planning inputs
plan-areas = Planning areas
plan-areas-intro = A planning area groups facilities (e.g. districts of the town). Forecast and coverage are shown per planning area; birth cohorts are uploaded per planning area.
plan-area-name = Planning area
plan-area-save = Save planning area
plan-area-delete = Delete planning area “{ $name }”
plan-area-new = New planning area
plan-area-create = Create planning area
plan-err-area-name = Please enter a name for the planning area.
plan-err-area-taken = This name exists already.
plan-cohorts = Birth cohorts
plan-cohorts-intro = CSV or XLSX file from the population register or statistics office with the columns geburtsjahr, planungsraum, anzahl. A new file replaces the previous one.
plan-cohort-refused = The file was not taken over.
plan-cohort-header = Columns are missing (or the file cannot be read):
plan-cohort-empty = The file has no rows.
plan-cohort-err-geburtsjahr = Invalid year of birth
plan-cohort-err-planungsraum = Unknown planning area – please create it first
plan-cohort-err-anzahl = Invalid count
plan-cohort-err-duplicate = Year of birth and planning area twice
plan-cohort-upload = Upload birth cohorts
plan-cohorts-current = Current birth cohorts
plan-birth-year = Year of birth
plan-count = Number of children
plan-rules = Rules
plan-weighting = Weighting of occupancy
plan-weighting-plain = Every child counts one place
plan-weighting-u3double = A child under three counts two places
plan-weighting-hours = By booked hours
plan-full-time = Hours of a full place
plan-primary-years = Years of primary school (end of Hort)
plan-rates = Coverage rates per age year (percent of children who need a place)
plan-rate-age = Age { $age }
plan-rules-save = Save rules
plan-err-weighting = Please choose a weighting (hours of a full place: 10 to 60).
plan-err-years = Primary school lasts 4 to 6 years.
plan-err-rates = Every coverage rate must be between 0 and 100 percent.
plan-staffing-title = Staffing
plan-staffing-intro = Target full-time equivalents from the Land's staffing key and the booked hours of the children under contract; you enter the actual FTE.
plan-staffing-on = Staff on { $date }
plan-children = Children under contract
plan-target-fte = Target FTE
plan-actual-fte = Actual FTE
plan-gap = Difference
plan-understaffed = understaffed
plan-enter-fte = Enter actual FTE
plan-err-fte = Please enter the actual FTE as a number (e.g. 7.5) and a valid date.
plan-keys = Staffing keys
plan-key-children = Children per full-time equivalent
plan-key-hours = at weekly hours
plan-key-weight = Weight
plan-key-source = Source
plan-key-own = set by the municipality
plan-key-set = Set an own key
plan-err-key = Please fill in every field of the key with a valid value.

## API tokens
nav-api-tokens = API access
tokens-title = API access for integrations
tokens-intro = An access (bearer token) lets software — for example a provider's Kita management — use this municipality's JSON interface with the chosen role, read-only or read/write. The token is shown once; only a hash is stored.
tokens-new-once = New token — copy it now, it will not be shown again:
tokens-new = New access
tokens-name = What for (software, provider)
tokens-role = Role
tokens-write = May also write
tokens-create = Create access
tokens-list = Accesses
tokens-none = No accesses yet.
tokens-rights = Rights
tokens-read = read
tokens-read-write = read and write
tokens-created = Created
tokens-last-used = Last used
tokens-never = never
tokens-state = State
tokens-revoked-at = revoked on { $date }
tokens-revoke = Revoke “{ $name }”
tokens-revoked = The access is revoked.
tokens-err-input = Please enter a name and choose a role.

## District statistics
kreis-stats-link = Anonymised statistics
kreis-exports = Statistics exports per facility
kreis-exports-intro = Children under contract on today's reference day in every facility of the district, without names; small counts are withheld (•). Choose another day with the parameter ?date=YYYY-MM-DD.
kreis-stats-title = Statistics { $name }
kreis-stats-intro = Numbers only, no persons. Counts of children below { $threshold } appear as "< { $threshold }"; cells they could be worked out from are withheld and shown as •.
kreis-table-categories = Requests and needs reports per municipality and age group
kreis-table-outcomes = Requests and needs reports per municipality by state
kreis-chart-caption = The numbers are in the table; withheld values are left out of the picture.
kreis-municipality = Municipality
kreis-sum = Total
kreis-col-U2 = U2
kreis-col-U3 = U3
kreis-col-UE3 = Ü3
kreis-col-HORT = Hort
kreis-col-waiting = waiting
kreis-col-offered = offer open
kreis-col-placed = place accepted or contract
kreis-col-ended = withdrawn, declined, lapsed
kreis-download-csv = Download as CSV
kreis-download-xlsx = Download as Excel (XLSX)
kreis-table-wishes = Offers per municipality by the rank of the wish
kreis-col-wish1 = 1st wish
kreis-col-wish2 = 2nd wish
kreis-col-wish3 = 3rd wish
kreis-col-wish4 = 4th wish or later
kreis-filter = Selection
kreis-filter-invalid = Please check the selection: months as YYYY-MM, "to" not before "from", age group and municipality from the list.
kreis-filter-from = Received from (month)
kreis-filter-to = Received until (month)
kreis-filter-category = Age group
kreis-filter-all = all
kreis-filter-apply = Show
kreis-month = Month
kreis-home = Place of residence
kreis-facility = Facility
kreis-provider-title = Statistics of my facilities (provider)
kreis-provider-link = Statistics of my facilities
kreis-row-outside = outside the district
kreis-row-total = all together
kreis-table-needs = Needs reports per municipality: open, overdue, served
kreis-table-months = Requests and needs reports per month received
kreis-table-flows = Out-of-town children: applications by place of residence and municipality applied to
kreis-table-places = Places at the start of the month
kreis-table-forecast = Free places in the coming months
kreis-table-coverage = Coverage ratio under 3 and 3 to school
kreis-table-facility_wishes = Wishes per facility and age group
kreis-table-facility_offers = Offers per facility by the rank of the wish
kreis-about-categories = All applications in the chosen period, by the age group at the desired start.
kreis-about-outcomes = State of the applications: waiting (including the waiting list), offer open, place accepted or contract, ended.
kreis-about-needs = Needs reports secure the legal entitlement (§ 24 SGB VIII). Overdue: still without a place although the entitlement already holds — unserved demand.
kreis-about-months = Received per calendar month (at most the last 36 months of the period; without a period the last 12 months).
kreis-about-wishes = Offers by the rank of the offered facility among the wishes, and requests left on the waiting list.
kreis-about-flows = Applications of children living in another municipality (by the address given). Rows: place of residence; columns: municipality applied to. Counts only.
kreis-about-places = Licensed places minus reserved places, taken by contracts (confirmed) and also by accepted offers (planned), weighted by the municipality's rule. Place figures come from the facilities and are not withheld.
kreis-about-forecast = Free places (capacity minus planned occupancy) at the start of the month, now and in 3, 6, 12 and 24 months; negative means overbooked.
kreis-about-coverage = Places per 100 children of the age group from the uploaded birth cohorts; without cohorts "–".
kreis-about-facility_wishes = Applications naming the facility among their wishes (one application may name several facilities).
kreis-about-facility_offers = Offers of the facility by the rank of the wish.
kreis-chart-categories = Applications per municipality
kreis-chart-outcomes = Applications per municipality
kreis-chart-needs = Needs reports per municipality
kreis-chart-months = Received per month
kreis-chart-wishes = Offers and waiting list per municipality
kreis-chart-flows = Out-of-town applications by place of residence
kreis-chart-places = Free places per municipality
kreis-chart-forecast = Free places in 24 months
kreis-chart-coverage = Coverage ratio 3 to school (per cent)
kreis-chart-facility_wishes = Wishes per facility
kreis-chart-facility_offers = Offers per facility
kreis-col-open = open
kreis-col-overdue = overdue (entitlement holds)
kreis-col-served = offer or place
kreis-col-unplaced = waiting list
kreis-col-capacity = capacity
kreis-col-confirmed = taken (contracts)
kreis-col-planned = taken (planned)
kreis-col-free = free
kreis-col-m0 = now
kreis-col-m3 = in 3 months
kreis-col-m6 = in 6 months
kreis-col-m12 = in 12 months
kreis-col-m24 = in 24 months
kreis-col-u3_places = places under 3
kreis-col-u3_children = children under 3
kreis-col-u3_ratio = ratio under 3
kreis-col-ue3_places = places 3 to school
kreis-col-ue3_children = children 3 to 5
kreis-col-ue3_ratio = ratio 3 to school

## Statistics exports (KJH-Statistik, KiBiz.web)
nav-statistics-exports = Statistics exports
statx-title = Statistics exports
statx-intro = Number of children under a binding contract on the reference day, per facility – no names, ages only as year and month of birth. The official import formats are not public; the columns chosen are documented.
statx-date = Reference day
statx-show = Show
statx-date-invalid = Please enter a valid reference day (YYYY-MM-DD).
statx-summary = Children per facility on { $date }
statx-facility = Facility
statx-children = Children
statx-in-kibiz = of these in the KiBiz export (without Hort)
statx-kjh-title = Child and youth welfare statistics (KJH shape)
statx-kjh-intro = Per facility: children by year and month of birth, contracted weekly hours and place category on the reference day.
statx-kibiz-title = KiBiz.web (shape of the per-child payments)
statx-kibiz-intro = Per facility: children by group form (from the age on the reference day: under 2 → II, 2 → I, 3 and older → III), booking of 25/35/45 hours (over 45 and unknown as 45) and U3/Ü3. Hort children are not included.
statx-download-csv = Download as CSV
statx-download-xlsx = Download as Excel (XLSX)
statx-none = No children under contract on the reference day.
statx-birth-year = Year of birth
statx-birth-month = Month of birth
statx-hours-band = Weekly care hours
statx-category = Place category
statx-count = Number
statx-group-form = Group form
statx-booking = Booked hours per week
statx-band-bis25 = up to 25
statx-band-25bis35 = over 25 up to 35
statx-band-35bis45 = over 35 up to 45
statx-band-ueber45 = over 45
statx-band-unbekannt = not recorded

## Texts a municipality overrides
nav-texts = Texts
texts-title = Adapt texts
texts-intro = Here you replace texts of the portal – labels, help texts, notices – by your own, for each language separately. Where you enter nothing, the shipped text applies. Changes take effect at once.
texts-search = Search a text or key
texts-search-button = Search
texts-key = Key
texts-shipped = Shipped text (German)
texts-own-langs = Own texts in
texts-current = Your adapted texts
texts-none = You have not adapted any texts yet.
texts-results = Matches
texts-no-match = No text matches your search.
texts-more = There are more matches; narrow the search.
texts-edit = Adapt
texts-edit-title = Adapt the text “{ $name }”
texts-help = Leave a field empty to use the shipped text. Curly braces are reserved for placeholders.
texts-placeholders = Placeholders this text may use: { $names }
texts-no-placeholders = This text has no placeholders.
texts-shipped-in = Shipped:
texts-own = Own text
texts-save = Save
texts-back = Back to the overview
texts-error-too-long = The text is too long (at most 2000 characters).
texts-error-syntax = Curly braces are only allowed for placeholders such as {"{"} $name {"}"}.
texts-error-placeholder = This text has no placeholder “{ $name }”.
texts-error-not-allowed = Only the placeholders of the shipped text are allowed, no references to other texts.

## Letters as a courtesy translation (the German PDF is the binding letter)
letters-translation-link = Read the translation
letters-translation-note = This is a courtesy translation. Only the German letter is legally binding.
letters-translation-pdf = Download the German letter (PDF)
letters-translation-back = Back to the request
lettertext-offer-subject = Offer of a childcare place for { $child_first_names } { $child_last_name }
lettertext-offer-body =
    Dear parents,

    we are pleased to offer { $child_first_names } { $child_last_name } (born on { $birth_date }) a childcare place:

    Facility: { $facility }
    Start: { $start_date }
    Care time: { $weekly_hours } hours per week

    Please accept or decline the place in the parents' portal by { $deadline }:
    { $portal_link }

    If you do not answer by then, the offer lapses and the place is given to another child in the next round.

    Yours sincerely
    Your youth welfare office – { $municipality }
lettertext-waiting_list-subject = Your request for { $child_first_names } { $child_last_name }: waiting list
lettertext-waiting_list-body =
    Dear parents,

    in the allocation round “{ $round }” we were unfortunately unable to offer { $child_first_names } { $child_last_name } (born on { $birth_date }) a place in the facilities you asked for.

    Your request stays on the waiting list and takes part in the next allocation round automatically. You do not need to do anything. You can see how the allocation decided in the parents' portal:
    { $portal_link }

    Your legal entitlement to a childcare place under § 24 SGB VIII remains. If you have questions, please contact the youth welfare office.

    Yours sincerely
    Your youth welfare office – { $municipality }
rules-translate-label = Translate the question
rules-translate-help = Translate the help text
rules-translate-consent = Translate this version (a new version needs its own translation)

## Parent fees (Elternbeiträge), parent-facing
nav-family-fees = Fees
nav-fees = Parent fees
nav-fees-schedule = Fee schedule
fees-parent-title = Parent fees
fees-parent-intro = Here you see the fees for your children's care per month. The amount depends on your municipality's fee schedule, the hours of care, your income and the number of your children in care.
fees-months-title = Fees per month
fees-month = Month
fees-child = Child
fees-care = Care
fees-meals = Meal money
fees-total = Total
fees-corrected = recalculated later
fees-no-months = No fees have been assessed for your children yet.
fees-income-title = Your income
fees-income-intro = Enter your annual household income (gross). Without it, the highest fee band applies. The youth welfare office checks your statement against evidence; only then does it count, also retroactively from the month you give.
fees-declared-from = From { $date }
fees-no-declaration = not stated (highest band)
fees-verified = checked
fees-unverified = not checked yet
fees-income-label = Annual household income (euros)
fees-income-hint = For example 42000 or 42000.00
fees-none-label = I do not want to state my income (highest fee band).
fees-valid-from = Valid from
fees-declare = Send
fees-amount = €{ $amount }
flash-fees-declared = We have received your statement. The youth welfare office will check it.
err-fees-income = Please enter an amount in euros or tick “do not state my income”.
err-fees-month = Please choose a month.

## Parent fees, office and administration
fees-schedule-title = Fee schedule
fees-schedule-intro = The fee schedule sets the parent fees: per place category and hours a monthly fee for each income band, plus sibling discount, fee-free years and hours, meal money and a cap. Each saved version applies from its month; when something changes for past months, Kitaplatz recalculates them and books only the difference.
fees-versions = Versions
fees-version = Version
fees-bands = Income bands
fees-rate-count = Rates
fees-saved = Saved
fees-no-versions = There is no fee schedule yet.
fees-new-version = New version
fees-valid-from-hint = The first of a month.
fees-limits = Upper limits of the income bands (euros per year)
fees-limits-hint = Ascending, separated by semicolons, e.g. 30000; 60000 – gives three bands: up to 30,000, up to 60,000, above (and not stated).
fees-rates = Monthly fees
fees-rates-hint = One line per place category and hours limit: category; up to hours per week; fee for band 1; band 2; … – e.g. “Ü3; 35; 80.00; 160.00; 240.00”. Categories: U2, U3, Ü3, Hort.
fees-discounts = Sibling discount (percent for the 1st, 2nd, 3rd and every further child)
fees-discounts-hint = E.g. 0; 50; 100 – the second child pays half, from the third on care is free. The order is by age, the oldest child first.
fees-free-hours = Fee-free hours per week (basic entitlement)
fees-free-years = Fee-free Kita years before school entry
fees-meal-money = Meal money per month (euros)
fees-cap = Highest care fee per month (euros, empty: none)
fees-proration = Entry or exit during a month
fees-per-day = by day
fees-half-month = per half month begun
fees-save-version = Save as a new version
fees-err-valid-from = Please give the first of a month.
fees-err-limits = Please give amounts in euros, ascending and separated by semicolons.
fees-err-discounts = Please give percentages from 0 to 100, separated by semicolons.
fees-err-free-hours = Please give a number of hours from 0 to 60.
fees-err-free-years = Please give a number from 0 to 6.
fees-err-amount = Please give an amount in euros (at most two decimals).
fees-err-proration = Please choose a rule.
fees-err-rate-line = Line { $name } is incomplete: category; hours; one amount per income band.
fees-err-no-rates = Please give at least one rate.
fees-office-title = Parent fees
fees-no-schedule = The municipality has no fee schedule yet (administration → fee schedule).
fees-assess-title = Assess fees
fees-assess-intro = Assesses the monthly fees of all contracts up to and including the chosen month. Where income, hours, contracts or the schedule changed for past months, only the difference is booked as a correction; assessed fees are never overwritten.
fees-last-run = Last run on { $at } (through { $through })
fees-through = Up to and including month
fees-assess = Assess fees
fees-pending-title = Income statements to check
fees-household = Household
fees-declared-at = Stated on
fees-verify = Mark as checked
fees-pending-none = No statements are waiting to be checked.
fees-booked-title = Assessed fees
fees-original = Assessment
fees-corrections = Corrections
fees-booked-none = No fees have been assessed yet.
fees-expected = Expected fees over the next 12 months
fees-expected-intro = From the contracts and the fee schedule as known today.
fees-expected-missing = cannot be computed (rate missing)
fees-no-rate = Version { $version } of the fee schedule has no fee for { $category }, { $hours } hours, income band { $band } (month { $month }). Nothing was booked.

## SEPA direct debit, parent-facing
fees-mandate-title = Direct debit (SEPA mandate)
fees-mandate-intro = With a SEPA direct debit mandate the municipality collects the fees from your account. Before each collection you receive an e-mail with the amount and the date. Without a mandate you transfer the fees yourself.
fees-mandate-current = Your mandate { $reference } for the account { $iban } (given on { $date }).
fees-mandate-none = You have not given a mandate yet.
fees-mandate-holder = Account holder
fees-mandate-iban = IBAN
fees-mandate-bic = BIC (optional)
fees-mandate-consent = I authorise the municipality { $municipality } (creditor identifier { $creditor }) to collect the parent fees from my account by direct debit. At the same time I instruct my bank to pay these direct debits. I can ask for a refund of the amount debited within eight weeks of the date of debit. The conditions agreed with my bank apply.
fees-mandate-give = Give the mandate
fees-mandate-revoke = Revoke the mandate
fees-mandate-unavailable = Your municipality does not offer direct debit yet.
flash-fees-mandate = Your mandate has been given.
flash-fees-mandate-revoked = Your mandate has been revoked.
err-sepa-iban = This IBAN is not valid. Please check it (e.g. DE89 3704 0044 0532 0130 00).
err-sepa-bic = This BIC is not valid (8 or 11 characters).
err-sepa-name = Please enter the account holder's name.
err-sepa-consent = Please confirm the mandate.
mail-prenotice-subject = Notice of a direct debit for the parent fees
mail-prenotice-body = Hello, on { $date } we will collect { $amount } € for the parent fees from your account. Mandate reference: { $reference }, creditor identifier: { $creditor }. Please make sure the account is covered. Your municipality { $municipality }
nav-sepa = SEPA direct debit

## SEPA, office and administration
sepa-creditor-title = SEPA direct debit: creditor data
sepa-creditor-intro = With these details the municipality collects the parent fees by SEPA Core direct debit. Parents give the mandate in the parents' portal; before each collection they receive a pre-notification.
sepa-creditor-name = Account holder (creditor)
sepa-creditor-id = Creditor identifier
sepa-pre-notice-days = Days between pre-notification and collection
sepa-err-name = Please give the account holder's name (at most 70 characters).
sepa-err-creditor-id = This creditor identifier is not valid (e.g. DE98ZZZ09999999999).
sepa-err-days = Please give a number from 1 to 60.
sepa-err-date = Please give a collection date.
sepa-office-title = SEPA direct debit
sepa-office-intro = A collection first assesses the fees up to its month, then collects what is open from every household with a mandate. Parents receive a pre-notification at once; you hand the file (pain.008) to the bank.
sepa-date = Collection date
sepa-collect = Prepare collection
sepa-debits = Debits
sepa-file = File
sepa-no-creditor = The municipality's creditor data for direct debit are missing (administration → SEPA direct debit).
sepa-too-early = The collection date is too early: the pre-notification must arrive the set number of days before.
sepa-exists = There is a collection on this day already.
sepa-returns-title = Returned debits
sepa-returns-intro = Upload the bank's returned debits as CSV (columns end_to_end_id; reason_code; amount; date). The fees are then open again and collected with the next collection.
sepa-returns-file = CSV file
sepa-returns-upload = Upload
sepa-returns-done = The returned debits are recorded; the fees are open again.
sepa-returns-unknown = The returned debits are recorded; some lines matched no debit of this municipality.
sepa-returns-bad = The file is not a valid list of returned debits (columns end_to_end_id; reason_code; amount; date).
fees-finance-title = Receivables for the finance software
fees-finance-intro = All fees and corrections booked in a month as booking lines (CSV): document date, amount, debit/credit, the household's debtor account, the facility as cost centre, a text. The format is described in docs/exports.md.
fees-finance-month = Booking month
fees-finance-download = Download CSV
fees-office-entry-title = Enter for a household
fees-office-entry-intro = Details from paper forms: an income entered here counts as checked; a paper mandate needs the date it was signed.
fees-office-income-save = Enter income
sepa-signed-on = Signed on
sepa-paper-mandate-save = Enter paper mandate
sepa-err-paper-mandate = The mandate was not entered: please give the account holder, a valid IBAN (and BIC if any) and a signature date not in the future.

## Fee notices (Beitragsbescheide)
letter-kind-fee_notice = Fee notice (parent fees)
notice-var-recipient-names = names of the guardians
notice-var-children = first names of the children concerned
notice-var-period = months of the notice (e.g. 09.2026 bis 11.2026)
notice-var-lines = one line per month and child with amount and basis of calculation
notice-var-total = sum of this notice
notice-var-has-corrections = true when the notice corrects earlier notices (for if)
notice-var-latest-month = latest month assessed
notice-var-latest-total = the household's whole fee in that month
notice-var-mandate = reference of the SEPA mandate (empty without one, for if)
notice-var-portal-link = link to the fee page in the parents' portal
fees-notices-title = Fee notices
fees-notices-intro = You get a notice by e-mail for every assessment and correction. All notices are here as PDF.
fees-notices-none = You have not received a fee notice yet.
fees-notice-link = Fee notice of { $date } ({ $total })
mail-fee-notice-subject = New fee notice for childcare
mail-fee-notice-body = Hello, your municipality { $municipality } has assessed or corrected parent fees: { $amount } € in total. The notice is attached and in the parents' portal: { $link }
fees-office-notices-title = Fee notices
fees-office-notices-intro = Every assessment run sends each household with new bookings a notice (template under Administration → Letters). The newest 30:
fees-office-notices-none = No fee notices yet.
fees-notice-made = Made
returns-mail-subject = Returned direct debits for parent fees
returns-mail-body = Hello, { $count ->
        [one] one direct debit has
       *[other] { $count } direct debits have
    } come back. The fees are open again; the reasons are on the fee page: { $link }

## Access log of a record
access-title = Access and changes
access-intro = Who opened or changed this application when (the newest 50; all entries in the municipality administration's audit log).
access-read = opened
contract-note-title = Notes on integration assistance
contract-note-label = Notes (e.g. approved integration assistant, support needs)
contract-note-hint = Special category of personal data (Art. 9 GDPR): only with a contract and only what the facility needs for the care. Stored encrypted; every change and every opening of the contract is logged. Saving it empty deletes the notes.
contract-err-note = The notes are too long (at most 2000 characters).

## Right of access (Art. 15 DSGVO)
family-export-title = Your data
family-export-intro = You can download everything we store about your household at any time (right of access, Art. 15 GDPR): your account, children, guardians, applications with points and register checks, letters, contracts, fees, and who opened or changed the data when.
family-export-json = Download as JSON file (machine-readable)
family-export-pdf = Download as PDF (to read and print)
oa-art15 = Access report under Art. 15 GDPR about the whole household (logged)

## Retention (Löschfristen)
retention-title = Retention periods
retention-intro = Every night the portal deletes what is past its period. The municipality sets the periods of its logs; the others are fixed (see docs/data-protection.md).
retention-audit-days = Log of access and changes: keep for (days)
retention-register-days = Log of population-register lookups: keep for (days)
retention-days-hint = Between { $min } and { $max } days.
retention-err-days = Please give a number of days between 365 and 3650.
retention-preview-title = What the next run deletes
retention-preview-intro = Dry run: these entries are older than their period and will be deleted by the next nightly run. Looking deletes nothing.
retention-last-run = Last run: { $day }.
retention-data = Data
retention-rule = Period
retention-count = Entries
retention-audit = Log of access and changes (this municipality)
retention-register = Log of population-register lookups (this municipality)
retention-outbox = Sent e-mails (all municipalities)
retention-sessions = Expired log-ins (all municipalities)
retention-tokens = Expired confirmation and reset links (all municipalities)
retention-after-days = after { $days } days
retention-expired = when expired
retention-planned = Applications, contracts and fees are not deleted automatically yet; their periods are proposed in docs/data-protection.md and will follow.
audit-retention-link = Retention periods and dry run
