# Français — parent portal
site-name = Kitaplatz
skip-link = Aller au contenu
lang-switch-label = Langue
footer-text = Kitaplatz – attribution des places en crèche (Kita) et planification des besoins de votre commune
footer-accessibility = Déclaration d'accessibilité
a11y-title = Déclaration d'accessibilité
a11y-intro = Les communes qui utilisent Kitaplatz s'efforcent de rendre ce portail accessible, conformément au § 12a de la loi allemande sur l'égalité des personnes handicapées (Behindertengleichstellungsgesetz, BGG) et au règlement sur l'accessibilité des technologies de l'information (BITV 2.0). Cette déclaration s'applique à toutes les pages de cette adresse.
a11y-status-title = État de conformité
a11y-status = Le portail est partiellement conforme au BITV 2.0 (WCAG 2.1, niveau AA). Les contenus indiqués ci-dessous ne sont pas encore entièrement accessibles.
a11y-gaps-title = Contenus non accessibles
a11y-gap-charts = Les graphiques de planification et de statistiques sont des images. Les mêmes chiffres figurent dans un tableau juste en dessous de chaque graphique.
a11y-gap-languages = Le portail des parents est disponible en dix langues ; les pages destinées au service de la jeunesse (Jugendamt), aux établissements et à l'arrondissement (Landkreis) ne le sont qu'en allemand et en anglais. Les décisions administratives (Bescheide) et les courriers sont rédigés en allemand, la langue officielle (§ 23 VwVfG) ; la page de la demande vous en explique le contenu dans votre langue.
a11y-gap-pdf = Les lettres aux parents au format PDF ne sont pas encore balisées comme PDF accessibles (PDF/UA). Leur contenu figure aussi dans l'e-mail et sur la page de la demande.
a11y-made-title = Établissement de cette déclaration
a11y-made = Cette déclaration repose sur une auto-évaluation des développeurs (novembre 2026). Nous avons vérifié : l'utilisation au clavier, les titres et les zones de repère (landmarks), les libellés et les messages d'erreur des champs de formulaire, les contrastes et l'agrandissement. Une vérification automatique de toutes les pages avec axe-core est en préparation.
a11y-feedback-title = Signalement et contact
a11y-feedback = Vous avez remarqué un obstacle à l'accessibilité ? Veuillez contacter le service de la jeunesse (Jugendamt) de votre commune. Nous répondons dans un délai de six semaines. Sur demande, nous vous fournissons les contenus sous une forme accessible pour vous.
a11y-arbitration-title = Procédure de conciliation
a11y-arbitration = Si vous ne recevez pas de réponse satisfaisante à votre signalement, vous pouvez demander une procédure de conciliation auprès de l'organe de conciliation (Schlichtungsstelle) prévu au § 16 BGG (pour les autorités des Länder et les communes : l'organe de conciliation ou le médiateur de votre Land). La procédure est gratuite. Vous n'avez pas besoin d'avocat.
a11y-arbitration-link = Organe de conciliation (Schlichtungsstelle) selon la loi sur l'égalité des personnes handicapées
logged-in-as = Connecté(e) en tant que { $email }
main-nav-label = Navigation principale
nav-login = Se connecter
nav-logout = Se déconnecter
nav-account = Mon compte
nav-admin = Exploitation
nav-start = Accueil
nav-office = Administration
nav-users = Utilisateurs
nav-settings = Paramètres
nav-audit = Journal
flash-logged-out = Vous êtes déconnecté(e).
flash-confirmed = Votre adresse e-mail est confirmée. Vous pouvez maintenant vous connecter.
flash-password-set = Votre mot de passe a été enregistré. Veuillez vous connecter.
flash-invited = L'invitation a été envoyée.
flash-disabled = L'accès a été bloqué.
flash-enabled = L'accès a été réactivé.
flash-saved = Enregistré.
flash-own-membership = Vous ne pouvez pas bloquer votre propre accès. Demandez à un autre administrateur ou à une autre administratrice.
error-back = Retour à l'accueil
error-request-id = Numéro de référence à indiquer en cas de question : { $id }
error-400-title = Requête non valide
error-400-text = La requête n'a pas pu être traitée.
error-403-title = Accès refusé
error-403-text = Vous n'avez pas le droit de voir cette page. Si vous avez envoyé un formulaire, veuillez recharger la page et réessayer.
error-404-title = Page introuvable
error-404-text = Cette page n'existe pas. Veuillez vérifier l'adresse.
error-409-title = Conflit
error-409-text = Cette entrée existe déjà.
error-413-title = Trop de données
error-413-text = Le formulaire contient trop de données.
error-422-title = Saisie incomplète
error-422-text = Le formulaire était incomplet. Veuillez réessayer.
error-429-title = Trop de tentatives
error-429-text = Veuillez patienter une minute, puis réessayer.
error-500-title = Erreur technique
error-500-text = Une erreur s'est produite. Vos données ne sont pas perdues. Veuillez réessayer plus tard.
error-503-title = Temporairement indisponible
error-503-text = Le service est indisponible pour le moment. Veuillez réessayer dans quelques minutes.
errors-summary-title = Veuillez corriger les points suivants :
err-email-invalid = Veuillez saisir une adresse e-mail valide, par exemple name@example.org.
err-password-short = Le mot de passe doit contenir au moins 12 caractères.
err-password-long = Le mot de passe doit contenir 256 caractères au maximum.
err-password-common = Ce mot de passe est trop courant et facile à deviner. Veuillez en choisir un autre, par exemple une phrase de plusieurs mots.
err-password-mismatch = Les deux mots de passe ne sont pas identiques.
err-login-failed = L'adresse e-mail ou le mot de passe est incorrect.
err-login-throttled = Trop de tentatives de connexion. Veuillez patienter une minute, puis réessayer.
err-login-unconfirmed = Veuillez d'abord confirmer votre adresse e-mail avec le lien reçu dans notre e-mail.
err-role-invalid = Veuillez choisir un rôle.
err-max-wishes = Veuillez saisir un nombre de 1 à 10.
err-advance-months = Veuillez saisir un nombre de 1 à 36.
err-cutoff = Veuillez saisir une date au format MM-JJ, par exemple 09-30.
err-threshold = Veuillez saisir un nombre de 2 à 20.
err-modules = Module inconnu.
err-slug = Nom court : 2 à 63 lettres minuscules, chiffres et tirets ; pas de nom réservé.
err-name = Veuillez saisir un nom (200 caractères au maximum).
err-slug-taken = Ce nom court est déjà utilisé.
err-bundesland = Veuillez choisir un Land.
err-ags = La clé officielle de la commune (Amtlicher Gemeindeschlüssel) compte exactement 8 chiffres et commence par le numéro du Land, de 01 à 16.
err-ags-land = La clé de la commune ne correspond pas au Land choisi.
err-district = Veuillez choisir un arrondissement (Landkreis).
err-slug-or-ags-taken = Le nom court ou la clé de la commune est déjà utilisé.
err-role-scope = Veuillez choisir un rôle et la commune ou l'arrondissement correspondant.
token-problem-title = Ce lien ne fonctionne pas
token-invalid = Le lien n'est pas valide. Veuillez vérifier qu'il a été copié en entier.
token-expired = Le lien a expiré. Veuillez en demander un nouveau.
token-used = Le lien a déjà été utilisé. Chaque lien ne fonctionne qu'une seule fois.
token-problem-forgot-link = Demander un nouveau lien
role-parent = Parent
role-facility_staff = Personnel de l'établissement
role-facility_lead = Direction de l'établissement
role-provider_admin = Administration de l'organisme gestionnaire
role-youth_office = Service de la jeunesse (Jugendamt)
role-municipality_admin = Administration communale
role-district_official = Arrondissement (Landkreis)
role-operator = Exploitation
mail-signature = L'équipe Kitaplatz
mail-confirm-subject = Veuillez confirmer votre adresse e-mail
mail-confirm-body = Bonjour,
    
    Vous vous êtes inscrit(e) sur Kitaplatz ({ $municipality }). Veuillez confirmer votre adresse e-mail avec ce lien (valable 3 jours) :
    
    { $link }
    
    Si vous ne vous êtes pas inscrit(e), vous pouvez ignorer cet e-mail.
mail-exists-subject = Inscription sur Kitaplatz
mail-exists-body = Bonjour,
    
    Quelqu'un a essayé de créer un nouveau compte avec votre adresse e-mail. Vous avez déjà un compte. Se connecter : { $login }
    
    Mot de passe oublié ? { $reset }
    
    Si ce n'était pas vous, vous n'avez rien à faire.
mail-reset-subject = Réinitialiser votre mot de passe
mail-reset-body = Bonjour,
    
    Ce lien vous permet de définir un nouveau mot de passe. Il est valable 12 heures et ne fonctionne qu'une seule fois :
    
    { $link }
    
    Si vous n'avez pas fait cette demande, ignorez cet e-mail ; votre mot de passe reste inchangé.
mail-invite-subject = Invitation à Kitaplatz
mail-invite-body = Bonjour,
    
    Vous avez été invité(e) à rejoindre Kitaplatz : rôle « { $role } » pour { $scope }. Veuillez définir votre mot de passe avec ce lien (valable 7 jours) :
    
    { $link }
mail-granted-subject = Nouveau rôle sur Kitaplatz
mail-granted-body = Bonjour,
    
    Votre compte a reçu un nouveau rôle : « { $role } » pour { $scope }. Se connecter : { $link }
index-title = Trouver une place en crèche (Kita) et faire une demande
index-intro = Choisissez votre commune pour voir les établissements, demander une place de garde ou déclarer votre besoin de garde.
index-municipalities = Communes
index-none = Aucune commune n'est encore configurée.
municipality-title = Garde d'enfants à { $name }
municipality-intro = Ici, vous déclarez le besoin de garde de votre enfant et vous demandez une place en crèche (Kita) ou chez une assistante maternelle (Kindertagespflege). Avec un compte, vous voyez à tout moment où en est votre demande.
municipality-register = Créer un compte
municipality-login = Se connecter
login-title = Connexion
login-email = Adresse e-mail
login-password = Mot de passe
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-register-hint = Pas encore de compte ? Choisissez votre commune sur la page d'accueil et créez-y un compte.
login-session-expired = Votre session a expiré car vous étiez inactif/inactive. Veuillez vous reconnecter.
register-title = Créer un compte
register-intro = Pour votre compte, nous avons seulement besoin de votre adresse e-mail et d'un mot de passe. Vous donnerez les informations sur votre enfant plus tard, dans la demande.
register-email = Adresse e-mail
register-password = Mot de passe
register-password-hint = Au moins 12 caractères. Le plus sûr est une phrase de plusieurs mots.
register-password2 = Répéter le mot de passe
register-submit = Créer un compte
check-mail-title = Veuillez consulter vos e-mails
check-mail-text = Nous vous avons envoyé un e-mail. Cliquez sur le lien dans cet e-mail pour confirmer votre adresse. Pas d'e-mail ? Regardez aussi dans le dossier des courriers indésirables (spam).
confirm-title = Confirmer l'adresse e-mail
confirm-text = Veuillez confirmer que cette adresse e-mail est bien la vôtre.
confirm-submit = Confirmer maintenant
forgot-title = Mot de passe oublié
forgot-text = Saisissez votre adresse e-mail. S'il existe un compte avec cette adresse, nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-email = Adresse e-mail
forgot-submit = Demander un lien
forgot-sent-title = E-mail envoyé
forgot-sent-text = S'il existe un compte avec cette adresse, nous avons envoyé un lien. Il est valable 12 heures.
set-password-title = Choisir un nouveau mot de passe
invite-title = Bienvenue – choisissez votre mot de passe
set-password-submit = Enregistrer le mot de passe
account-title = Mon compte
account-email = Adresse e-mail
account-roles = Vos accès
account-no-roles = Aucun rôle n'est encore attribué à votre compte.
account-open = Ouvrir
settings-submit = Enregistrer
audit-apply = Appliquer le filtre
audit-all = tous
field-email = Adresse e-mail
nav-kitas = Crèches (Kitas)
nav-facilities = Établissements
kind-krippe = Crèche pour les moins de 3 ans (Krippe)
kind-kindergarten = Jardin d'enfants (Kindergarten)
kind-kita = Crèche et jardin d'enfants (Kita)
kind-hort = Accueil périscolaire (Hort)
kind-kindertagespflege = Assistante maternelle (Kindertagespflege)
cat-U2 = moins de 2 ans (U2)
cat-U3 = moins de 3 ans (U3)
cat-UE3 = de 3 ans jusqu'à l'école (Ü3)
cat-HORT = enfants scolarisés (Hort)
dir-title = Crèches à { $name }
dir-filter = Affiner la sélection
dir-kind = Type d'établissement
dir-category = Tranche d'âge
dir-hours = Heures de garde par semaine
dir-hours-value = { $hours } heures
dir-profile = Profil
dir-count = { $shown } sur { $total } établissements
dir-provider = Organisme gestionnaire (Träger)
dir-address = Adresse
dir-opening-hours = Horaires d'ouverture
dir-phone = Téléphone
dir-website = Site internet
dir-places = Places autorisées
dir-licensed = Places
dir-no-licence = Il n'y a pas d'autorisation de fonctionnement (Betriebserlaubnis) pour aujourd'hui.
dir-back = Retour à la liste
municipality-directory = Voir les crèches et les assistantes maternelles
err-f-name = Veuillez saisir un nom (200 caractères au maximum).
err-f-kind = Veuillez choisir un type.
err-f-address = Veuillez saisir l'adresse complète.
err-f-postal-code = Le code postal compte 5 chiffres.
err-f-coordinates = Laissez la latitude et la longitude vides toutes les deux, ou indiquez-les toutes les deux en nombres décimaux.
err-f-text = Le texte est trop long ou contient des caractères de contrôle.
err-f-website = Le site internet doit commencer par https:// ou http://.
err-f-care-hours = Veuillez indiquer des heures de 1 à 60, séparées par des virgules.
err-f-tags = Mots-clés : lettres, chiffres et tirets, 20 mots-clés au maximum.
err-f-provider = Veuillez choisir un organisme gestionnaire de cette commune.
err-provider-taken = Un organisme gestionnaire avec ce nom existe déjà.
err-facility-taken = Un établissement avec ce nom existe déjà.
err-l-from = Veuillez saisir une date de début.
err-l-to = La date de fin n'est pas valide ou se trouve avant la date de début.
err-l-overlap = Cette période chevauche une autorisation de fonctionnement existante de l'établissement.
err-l-reserved = Il ne peut pas y avoir plus de places réservées que de places autorisées.
err-l-places = Veuillez saisir des nombres entiers à partir de 0 ; au moins une tranche d'âge doit avoir des places.
nav-family = Ma famille
family-title = Ma famille
family-intro = Indiquez ici vos enfants et les personnes qui ont l'autorité parentale (Sorgeberechtigte), comme dans le registre de la population (Melderegister). Nous aurons besoin d'autres informations seulement au moment du contrat de garde.
family-children = Enfants
family-no-children = Aucun enfant indiqué pour l'instant.
family-add-child = Ajouter un enfant
family-guardians = Personnes qui ont l'autorité parentale
family-no-guardians = Aucune personne indiquée pour l'instant.
family-add-guardian = Ajouter une personne qui a l'autorité parentale
child-first_names = Prénoms (tous, comme dans le registre de la population)
child-last_name = Nom de famille
child-birth_date = Date de naissance
child-street = Rue (adresse déclarée à la commune)
child-house_number = Numéro
child-postal_code = Code postal
child-city = Ville
child-born = né(e) le { $date }
child-category-today = Tranche d'âge aujourd'hui
child-edit = Modifier les informations
err-person-name = Veuillez saisir un nom de 1 à 100 caractères.
err-birth-date = Veuillez saisir une date de naissance valide. Elle ne doit pas être dans le futur, ni remonter à plus de 14 ans.
nav-applications = Demandes
a-list-title = Mes demandes
a-none = Vous n'avez encore fait aucune demande.
a-new-title = Nouvelle demande
a-new-for = Faire une demande pour { $name }
a-no-children = Ajoutez d'abord votre enfant.
a-child = Enfant
a-kind = Que souhaitez-vous envoyer ?
a-kind-request = Demande de place (Betreuungsanfrage)
a-kind-request-hint = Vous demandez une place dans certains établissements, dans l'ordre de vos choix.
a-kind-needs = Déclaration de besoin (Bedarfsmeldung)
a-kind-needs-hint = Vous déclarez que votre enfant a besoin d'une garde à partir d'une certaine date. Cela garantit le droit légal à une place (§ 24 SGB VIII). Le choix d'établissements est facultatif.
a-start = Début souhaité
a-hours = Heures de garde par semaine
a-hours-none = non indiqué
a-wishes = Établissements souhaités
a-wishes-hint = Mettez votre premier choix en premier. Chaque établissement une seule fois.
a-wish-n = Choix n° { $n }
a-wish-none = – aucun –
a-criteria = Une de ces situations concerne-t-elle votre famille ?
a-consent = Consentement et protection des données
a-consent-accept = J'ai lu le texte et je suis d'accord.
a-submit = Envoyer la demande
a-entitlement = Droit légal à une place à partir du
a-history = Historique
a-withdraw = Retirer la demande
a-edit = Modifier la demande
event-submitted = Demande reçue
event-edited = Demande modifiée
event-withdrawn_by_parent = Retirée par vous
flash-submitted = Nous avons bien reçu votre demande. Nous vous avons envoyé une confirmation par e-mail.
flash-already-open = Il existe déjà une demande en cours pour cet enfant et cette année de crèche (Kita-Jahr). Vous pouvez la modifier ici.
flash-not-editable = Cette demande ne peut plus être modifiée.
flash-withdrawn = La demande a été retirée.
status-submitted = Reçue
status-submitted-explain = Nous avons reçu votre demande. Elle est en cours de vérification.
status-checked = Vérifiée
status-checked-explain = Les informations ont été vérifiées. La demande participe à la prochaine attribution des places.
status-needs_review = En cours de clarification
status-needs_review-explain = Nous devons encore clarifier un point. Nous vous contacterons.
status-in_allocation = Attribution en cours
status-in_allocation-explain = Le service de la jeunesse (Jugendamt) attribue les places en ce moment. Aucune modification n'est possible pour l'instant.
status-offered = Place proposée
status-offered-explain = Une place vous est proposée. Veuillez répondre avant la date limite.
status-accepted = Acceptée
status-accepted-explain = Vous avez accepté la proposition. L'établissement vous contactera pour le contrat.
status-contracted = Contrat signé
status-contracted-explain = Le contrat de garde est signé.
status-declined = Refusée
status-declined-explain = Vous avez refusé la proposition.
status-expired = Proposition expirée
status-expired-explain = La proposition n'a pas été acceptée avant la date limite.
status-rejected = Liste d'attente
status-rejected-explain = Il n'y avait pas de place lors de ce tour. Votre demande reste sur la liste d'attente.
status-withdrawn = Retirée
status-withdrawn-explain = La demande a été retirée.
status-closed = Clôturée
status-closed-explain = La demande est clôturée.
mail-application-subject = Votre demande de place en crèche
mail-application-body = Bonjour,
    
    L'état de la demande pour { $child } est désormais : { $status }.
    
    Détails : { $link }
err-a-start-invalid = Veuillez indiquer une date de début valide.
err-a-start-past = Le début ne doit pas être dans le passé.
err-a-start-far = Le début est trop loin dans le futur pour faire une demande maintenant.
err-a-no-category = Il n'y a pas de tranche d'âge pour cet enfant à cette date.
err-a-too-many = Trop d'établissements souhaités.
err-a-repeated = Vous pouvez choisir chaque établissement une seule fois.
err-a-no-wish = Veuillez choisir au moins un établissement.
err-a-unknown-facility = Cet établissement n'appartient pas à cette commune.
err-a-no-places = { $name } n'a pas de place pour la tranche d'âge de votre enfant à cette date.
err-a-hours-missing = Veuillez choisir les heures de garde par semaine.
err-a-hours-not-offered = { $name } ne propose pas ces heures de garde.
err-a-kind = Veuillez choisir « Demande de place » ou « Déclaration de besoin ».
err-a-child = Veuillez choisir un de vos enfants.
err-a-answers = Choix inconnu.
err-a-consent = Veuillez accepter le texte. Sinon, nous ne pouvons pas traiter la demande.
nav-office-applications = Demandes
oa-facility = Établissement souhaité
nav-rules = Règles d'attribution
err-points = Veuillez saisir un nombre entier de 0 à 10000.
err-consent-text = Veuillez saisir un texte de 10000 caractères au maximum.
err-deadline = Veuillez indiquer l'année de crèche (Kita-Jahr) et une date.
paper-code = Code d'activation
claim-title = Reprendre une demande papier
claim-intro = Vous avez fait une demande sur papier et vous avez reçu un code d'activation ? Saisissez-le ici. Votre enfant et la demande apparaîtront ensuite dans votre compte.
claim-submit = Utiliser le code
claim-link = Reprendre une demande papier avec un code d'activation
err-claim-unknown = Nous ne connaissons pas ce code. Veuillez vérifier votre saisie (10 caractères).
flash-claimed = La demande papier est maintenant dans votre compte.
nav-review = Liste de vérification
nav-ewo = Registre de la population
reg-status = Registre de la population
reg-pending = Vérification en attente
reg-resident = Inscrit dans la commune
reg-not_found = Non inscrit (enfant d'une autre commune ?)
reg-ambiguous = Plusieurs personnes possibles
reg-unchecked = Aucun registre de la population connecté
reg-out_of_town_approved = Enfant d'une autre commune admis
reg-out_of_town_rejected = Enfant d'une autre commune non admis
reg-retry = Registre indisponible, échec de la tentative n° { $n } ; prochaine tentative : { $at }
reg-note = Motif
reg-move-in = Emménagement prévu
reg-decide = Décision
reg-decide-resident = L'enfant est inscrit dans la commune (vérifié)
reg-decide-approve = Admettre comme enfant d'une autre commune (par exemple en cas d'emménagement)
reg-decide-reject = Ne pas admettre ; la demande est clôturée
reg-reason = Motif (obligatoire)
reg-move-in-date = Date d'emménagement prévue
reg-move-in-hint = Seulement en cas d'admission parce que la famille emménage.
reg-decide-submit = Enregistrer la décision
err-register-kind = Veuillez choisir une procédure.
err-register-endpoint = Veuillez saisir une adresse https (http seulement pour cet ordinateur, par exemple le simulateur).
err-register-username = Le nom d'utilisateur est trop long ou contient des caractères de contrôle.
err-register-timeout = Veuillez saisir un nombre de 1 à 120.
err-decision-reason = Veuillez indiquer un motif (500 caractères au maximum).
err-move-in-date = La date d'emménagement n'est pas valide ou ne correspond pas à la décision.
err-already-decided = La décision a déjà été prise.
flash-merged = Les demandes ont été fusionnées. L'historique des deux demandes est conservé.
event-register_resident = Domicile confirmé
event-register_not_found = Domicile en cours de vérification
event-register_ambiguous = Domicile en cours de vérification
event-check_completed = Informations vérifiées
event-duplicate_suspected = Vérification d'une possible double inscription
event-register_confirmed = Domicile confirmé
event-out_of_town_approved = Admis comme enfant d'une autre commune
event-out_of_town_rejected = Non admis comme enfant d'une autre commune
event-duplicate_distinct = Vérification terminée
event-duplicate_merged = Fusionnée avec une autre demande pour le même enfant
event-merged_into = Fusionnée avec une autre demande pour le même enfant
event-merged_from = Une autre demande pour le même enfant a été fusionnée avec celle-ci
nav-allocation = Attribution
err-round-name = Veuillez saisir un nom (120 caractères au maximum).
err-round-start = Veuillez saisir une date de référence valide.
err-round-categories = Veuillez choisir au moins une tranche d'âge.
err-round-kinds = Veuillez choisir au moins un type de demande.
err-round-months = Veuillez saisir une période valide (le début ne doit pas être après la fin).
flash-published = Publié. Les courriers sont en cours d'envoi.
err-already-published = Ce tour a déjà été publié. Rien n'a été envoyé une deuxième fois.
err-run-outdated = Les places libres ont changé depuis ce calcul. Veuillez lancer une nouvelle simulation.
cat-short-U2 = U2
cat-short-U3 = U3
cat-short-UE3 = Ü3
cat-short-HORT = Hort
offer-title = Votre proposition de place
offer-status = État
offer-open = En attente – veuillez répondre
offer-accepted = Acceptée
offer-declined = Refusée
offer-expired = Date limite dépassée
offer-lapsed = Place attribuée entre-temps
offer-withdrawn = Retirée
offer-deadline = Veuillez répondre au plus tard le { $deadline }.
offer-accept = Accepter la place
offer-decline = Refuser la place
flash-offer-accepted = Vous avez accepté la place. L'établissement vous contactera pour le contrat de garde.
flash-offer-declined = Vous avez refusé la place. Elle sera attribuée à nouveau au prochain tour.
err-offer-not-open = Cette proposition n'est plus valable.
err-offer-place-gone = Désolés, la dernière place vient d'être attribuée. Votre demande reste sur la liste d'attente.
expl-title = Comment les places ont été attribuées
expl-first-wish = Votre enfant obtient une place dans l'établissement de votre premier choix : { $facility }.
expl-placed = Votre enfant obtient une place dans cet établissement : { $facility }. Pour les établissements que vous aviez mis avant celui-ci :
expl-unplaced = Lors de ce tour, il n'y avait pas de place pour votre enfant dans les établissements que vous aviez choisis :
expl-full = { $facility } : { $capacity ->
    [one] la seule place { $category } a été attribuée à un enfant
    [many] les { $capacity } places { $category } ont toutes été attribuées à des enfants
   *[other] les { $capacity } places { $category } ont toutes été attribuées à des enfants
} qui avaient au moins { $cutoff } points ; votre demande avait { $points } points.
expl-full-tie = { $facility } : { $capacity ->
    [one] la seule place { $category } est attribuée.
    [many] les { $capacity } places { $category } sont toutes attribuées.
   *[other] les { $capacity } places { $category } sont toutes attribuées.
} Avec { $points } points, votre demande avait autant de points que les derniers enfants admis. Entre ces enfants, c'est le numéro de tirage au sort qui a décidé.
expl-no-capacity = { $facility } : il n'y avait pas de places { $category } libres à la date de début.
expl-sibling = { $facility } : ce choix a été mis de côté pour que les frères et sœurs soient gardés ensemble.
expl-unknown = { $facility } : cet établissement n'a pas participé à l'attribution.
event-offered = Place proposée
event-no_place_this_round = Pas de place lors de ce tour – sur la liste d'attente
event-place_taken_meanwhile = La place a été attribuée entre-temps – sur la liste d'attente
event-accepted_by_parent = Proposition acceptée
event-declined_by_parent = Proposition refusée
event-closed_other_accepted = Clôturée, car une autre proposition a été acceptée
event-offer_expired = Date limite de réponse dépassée
mail-offer-subject = Une place pour votre enfant
mail-offer-body = Bonjour,
    
    Nous vous proposons une place pour { $child } dans l'établissement { $facility }.
    Veuillez accepter ou refuser cette proposition au plus tard le { $deadline } : { $link }
    
    Sans réponse de votre part, la proposition expire et la place est attribuée à nouveau.
mail-reminder-subject = Rappel : proposition de place pour votre enfant
mail-reminder-body = Bonjour,
    
    La proposition de place pour { $child } dans l'établissement { $facility } est valable jusqu'au { $deadline }.
    Veuillez répondre à temps : { $link }
nav-allocation-settings = Paramètres d'attribution
err-bonus-points = Veuillez saisir un nombre entier de 0 à 100 000.
err-offer-days = Veuillez indiquer un délai de 3 à 60 jours.
offer-title-office = Proposition de place
offer-deadline-short = date limite : { $deadline }
err-catchment = 2 000 lignes au maximum, avec 100 caractères au maximum par ligne.
expl-manual = { $facility } : après examen de la situation individuelle, le service de la jeunesse (Jugendamt) a attribué cette place autrement.
err-unconfirmed = Les établissements n'ont pas encore confirmé toutes les places proposées. Envoyez la proposition pour confirmation et attendez les réponses.
flash-adjusted = La modification est enregistrée ; la capacité et la stabilité ont été vérifiées à nouveau.
err-adjust-input = La modification est incomplète.
err-reason-required = Veuillez indiquer un motif (1000 caractères au maximum).
err-adjust-child = Cet enfant ne fait pas partie de ce calcul.
err-adjust-facility = Cet établissement ne fait pas partie de ce calcul.
err-adjust-not-wished = Les parents n'ont pas choisi cet établissement. Les enfants sont déplacés seulement vers des établissements choisis par les parents.
err-adjust-full = Dans cet établissement, il n'y a plus de place libre dans cette tranche d'âge.
err-adjust-hold = Impossible de retenir autant de places : elles sont déjà proposées à des enfants.
err-adjust-no-change = Cela ne changerait rien.
flash-sent-for-review = La proposition a été envoyée aux directions des établissements pour confirmation.
flash-place-confirmed = Confirmé.
flash-place-rejected = Refusé. Le service de la jeunesse voit votre motif.
nav-proposals = Propositions
err-users-facility = Veuillez choisir l'établissement où la personne travaille.
letters-title = Courriers
nav-letters = Courriers
letter-kind-offer = Proposition de place
letter-kind-waiting_list = Liste d'attente (pas de place lors de ce tour)
letter-var-municipality = Nom de la commune
letter-var-child-first-names = Prénoms de l'enfant
letter-var-child-last-name = Nom de famille de l'enfant
letter-var-birth-date = Date de naissance de l'enfant
letter-var-facility = Établissement proposé (vide pour la liste d'attente)
letter-var-start-date = Début de la garde
letter-var-weekly-hours = Heures de garde par semaine, comme dans la demande
letter-var-deadline = Date limite de réponse (vide pour la liste d'attente)
letter-var-round = Nom du tour d'attribution
letter-var-today = Date du courrier
letter-var-portal-link = Lien vers la demande dans le portail des parents
flash-letter-saved = Le modèle est enregistré comme nouvelle version.
err-letter-concurrent = Une autre version a été enregistrée en même temps. Veuillez vérifier le texte et enregistrer à nouveau.
err-letter-empty = L'objet et le texte ne doivent pas être vides.
err-letter-too-long = L'objet ou le texte est trop long (20 000 caractères au maximum).
err-letter-statement = « { $statement } » n'est pas autorisé dans les modèles de courrier. Seuls if, elif, else et endif sont autorisés.
err-letter-invalid = Le modèle ne peut pas être utilisé : { $message }
nav-contracts = Contrats
nav-planning = Planification
nav-api-tokens = Accès API
nav-texts = Textes
nav-statistics-exports = Exports statistiques

## Letters as a courtesy translation (the German PDF is the binding letter)
letters-translation-link = Lire la traduction
letters-translation-note = Ceci est une traduction à titre informatif. Seul le courrier en allemand a valeur juridique.
letters-translation-pdf = Télécharger le courrier en allemand (PDF)
letters-translation-back = Retour à la demande
lettertext-offer-subject = Attribution d’une place d’accueil pour { $child_first_names } { $child_last_name }
lettertext-offer-body =
    Chers parents,

    Nous avons le plaisir de vous proposer une place d’accueil pour { $child_first_names } { $child_last_name } (date de naissance : { $birth_date }) :

    Établissement : { $facility }
    Début : { $start_date }
    Heures d’accueil par semaine : { $weekly_hours }

    Veuillez accepter ou refuser cette place sur le portail des parents (Elternportal) au plus tard le { $deadline } :
    { $portal_link }

    Sans réponse de votre part d’ici cette date, l’offre devient caduque et la place sera réattribuée lors du prochain tour d’attribution.

    Veuillez agréer nos salutations distinguées.
    Office de la jeunesse (Jugendamt) – { $municipality }
lettertext-waiting_list-subject = Votre demande pour { $child_first_names } { $child_last_name } : liste d’attente
lettertext-waiting_list-body =
    Chers parents,

    Lors du tour d’attribution « { $round } », nous n’avons malheureusement pas pu proposer à { $child_first_names } { $child_last_name } (date de naissance : { $birth_date }) de place dans les établissements que vous aviez demandés.

    Votre demande reste sur la liste d’attente et participera automatiquement au prochain tour d’attribution. Vous n’avez rien d’autre à faire. Vous pouvez consulter le résultat de l’attribution sur le portail des parents (Elternportal) :
    { $portal_link }

    Votre droit légal à une place d’accueil au titre du § 24 SGB VIII est maintenu. Pour toute question, veuillez vous adresser à l’Office de la jeunesse (Jugendamt).

    Veuillez agréer nos salutations distinguées.
    Office de la jeunesse (Jugendamt) – { $municipality }

## Parent fees (Elternbeiträge), parent-facing
nav-family-fees = Participations
nav-fees = Participation parentale
nav-fees-schedule = Règlement tarifaire
fees-parent-title = Participation parentale (Elternbeiträge)
fees-parent-intro = Vous voyez ici les participations mensuelles pour la garde de vos enfants. Le montant dépend du règlement tarifaire (Beitragssatzung) de votre commune, du nombre d'heures de garde, de vos revenus et du nombre de vos enfants gardés.
fees-months-title = Participations par mois
fees-month = Mois
fees-child = Enfant
fees-care = Garde
fees-meals = Frais de repas
fees-total = Total
fees-corrected = recalculé ultérieurement
fees-no-months = Aucune participation n'a encore été fixée pour vos enfants.
fees-income-title = Vos revenus
fees-income-intro = Indiquez le revenu annuel brut de votre foyer. Sans cette indication, la tranche de participation la plus élevée s'applique. L'office de la jeunesse (Jugendamt) vérifie votre déclaration à l'aide de justificatifs ; elle n'est prise en compte qu'ensuite, y compris rétroactivement à partir du mois indiqué.
fees-declared-from = À partir du { $date }
fees-no-declaration = non indiqué (tranche la plus élevée)
fees-verified = vérifié
fees-unverified = pas encore vérifié
fees-income-label = Revenu annuel du foyer (euros)
fees-income-hint = Par exemple 42.000 ou 42000,00
fees-none-label = Je ne souhaite pas indiquer mes revenus (tranche la plus élevée).
fees-valid-from = Valable à partir de
fees-declare = Envoyer la déclaration
fees-amount = { $amount } €
flash-fees-declared = Votre déclaration a bien été reçue. L'office de la jeunesse (Jugendamt) va la vérifier.
err-fees-income = Veuillez indiquer un montant en euros ou cocher « Je ne souhaite pas indiquer mes revenus ».
err-fees-month = Veuillez choisir un mois.

## SEPA direct debit, parent-facing
fees-mandate-title = Prélèvement (mandat SEPA)
fees-mandate-intro = Avec un mandat de prélèvement SEPA, la commune prélève les participations sur votre compte. Avant chaque prélèvement, vous recevez un e-mail indiquant le montant et la date. Sans mandat, vous réglez vous-même les participations par virement.
fees-mandate-current = Votre mandat { $reference } pour le compte { $iban } (accordé le { $date }).
fees-mandate-none = Vous n'avez pas encore accordé de mandat.
fees-mandate-holder = Titulaire du compte
fees-mandate-iban = IBAN
fees-mandate-bic = BIC (facultatif)
fees-mandate-consent = J'autorise la commune { $municipality } (identifiant créancier { $creditor }) à envoyer des instructions à ma banque pour débiter mon compte du montant des participations parentales, et ma banque à débiter mon compte conformément aux instructions de la commune. Je bénéficie du droit d'être remboursé par ma banque selon les conditions décrites dans la convention que j'ai passée avec elle. Une demande de remboursement doit être présentée dans les 8 semaines suivant la date de débit de mon compte.
fees-mandate-give = Accorder le mandat
fees-mandate-revoke = Révoquer le mandat
fees-mandate-unavailable = Votre commune ne propose pas encore le prélèvement.
flash-fees-mandate = Votre mandat a été accordé.
flash-fees-mandate-revoked = Votre mandat a été révoqué.
err-sepa-iban = Cet IBAN n'est pas valide. Veuillez le vérifier (par ex. DE89 3704 0044 0532 0130 00).
err-sepa-bic = Ce BIC n'est pas valide (8 ou 11 caractères).
err-sepa-name = Veuillez indiquer le nom du ou de la titulaire du compte.
err-sepa-consent = Veuillez confirmer le mandat.
mail-prenotice-subject = Avis de prélèvement pour les participations parentales
mail-prenotice-body = Bonjour, le { $date }, nous prélèverons la somme de { $amount } € sur votre compte au titre des participations parentales. Référence du mandat : { $reference }, identifiant créancier : { $creditor }. Veuillez vous assurer que votre compte est suffisamment approvisionné. Votre commune { $municipality }
nav-sepa = Prélèvement SEPA

## Fee notices
letter-kind-fee_notice = Décision relative à la participation parentale (Beitragsbescheid)
fees-notices-title = Décisions relatives à la participation (Beitragsbescheide)
fees-notices-intro = Pour chaque fixation ou rectification de la participation, vous recevez une décision par e-mail. Vous trouverez ici toutes les décisions au format PDF.
fees-notices-none = Vous n'avez encore reçu aucune décision relative à la participation.
fees-notice-link = Décision relative à la participation du { $date } ({ $total })
mail-fee-notice-subject = Nouvelle décision relative à la participation pour la garde d'enfants
mail-fee-notice-body = Bonjour, votre commune { $municipality } a fixé ou rectifié la participation parentale : { $amount } € au total. Vous trouverez la décision en pièce jointe et sur le portail des parents (Elternportal) : { $link }

## Right of access (Art. 15)
family-export-title = Vos données
family-export-intro = Vous pouvez télécharger à tout moment tout ce que nous enregistrons sur votre foyer (droit d'accès, Art. 15 RGPD) : votre compte, vos enfants, les personnes qui ont l'autorité parentale, les demandes avec les points et la vérification au registre de la population, les courriers, les contrats, les participations, ainsi que qui a ouvert ou modifié les données et quand.
family-export-json = Télécharger au format JSON (lisible par machine)
family-export-pdf = Télécharger au format PDF (pour lire et imprimer)

## Second factor (TOTP)
tfa-title = Code de vérification
tfa-intro = Votre compte est protégé par un second facteur. Saisissez le code à six chiffres de votre application d'authentification.
tfa-code = Code
tfa-code-hint = Six chiffres de l'application. Sans téléphone : l'un de vos codes de récupération (p. ex. ABCD-EFGH-JKMN-PQRS).
tfa-submit = Confirmer
tfa-lost = Vous avez perdu votre téléphone et vos codes de récupération ? L'administration de votre commune peut réinitialiser le second facteur.
tfa-wrong-code = Le code est incorrect ou a déjà été utilisé. Veuillez saisir le code actuel de l'application.
tfa-enrol-title = Configurer un second facteur
tfa-enrol-intro = Pour protéger les données des enfants et des familles, la connexion se fait avec votre mot de passe et un code fourni par une application.
tfa-enrol-step-app = Installez une application d'authentification sur votre téléphone (par exemple FreeOTP, Aegis, Google ou Microsoft Authenticator).
tfa-enrol-step-scan = Scannez ce code QR avec l'application.
tfa-enrol-qr = Code QR pour configurer l'application d'authentification
tfa-enrol-manual = Ou saisissez cette clé dans l'application :
tfa-enrol-open-app = Ouvrir dans l'application sur cet appareil
tfa-enrol-step-code = Saisissez le code à six chiffres que l'application affiche maintenant.
tfa-enrol-submit = Configurer
tfa-codes-title = Vos codes de récupération
tfa-codes-intro = Chacun de ces codes vous permet de vous connecter une seule fois si vous n'avez pas votre téléphone sous la main. Imprimez-les ou conservez-les en lieu sûr.
tfa-codes-once = Les codes ne sont affichés que maintenant.
tfa-codes-continue = Continuer
tfa-account-title = Second facteur
tfa-account-on = Configuré. Codes de récupération non utilisés : { $left }.
tfa-account-off = Non configuré. Avec un second facteur, la connexion demande, en plus du mot de passe, un code de votre application.
tfa-account-enable = Configurer un second facteur
tfa-account-renew = Nouveaux codes de récupération
tfa-account-disable = Désactiver le second facteur
tfa-account-staff = Le second facteur est obligatoire pour le personnel.
err-login-restricted = Pour ce compte, la connexion n'est pas autorisée depuis ce réseau ou à cette heure.
flash-tfa-wrong-code = Le code est incorrect ou a déjà été utilisé.
flash-tfa-disabled = Le second facteur est désactivé. Veuillez vous reconnecter.
flash-tfa-reset = Le second facteur a été réinitialisé. Il sera configuré à nouveau lors de la prochaine connexion.
delacc-title = Supprimer le compte
delacc-teaser = Vous pouvez supprimer votre compte et vos données à tout moment.
delacc-link = Supprimer le compte …
delacc-intro = Vous supprimez le compte { $email }. Voici ce qui se passe :
delacc-now = Immédiatement : votre session est fermée, le compte est bloqué et les demandes en cours sont retirées. Les places proposées sont attribuées à d'autres enfants.
delacc-later = Après { $days } jours : vos demandes, les informations sur votre famille et votre adresse e-mail sont supprimées. D'ici là, une suppression faite par erreur peut être annulée sur demande auprès du service de la jeunesse ; les demandes retirées restent retirées.
delacc-kept = Les contrats d'accueil, les participations des parents et les décisions administratives sont conservés aussi longtemps que la loi l'exige, puis supprimés. Ils ne sont alors plus liés à aucun compte.
delacc-audit = Le registre de la commune ne conserve qu'un numéro, sans nom ni adresse e-mail.
delacc-export = Avant cela, vous pouvez télécharger toutes les données enregistrées :
delacc-password = Votre mot de passe
delacc-confirm = Oui, je veux supprimer mon compte et mes données.
delacc-submit = Supprimer définitivement le compte
delacc-cancel = Annuler
delacc-err-password = Le mot de passe est incorrect.
delacc-err-confirm = Veuillez confirmer que vous souhaitez supprimer le compte.
flash-account-deleted = Votre compte est supprimé et votre session est fermée. Vos données seront définitivement effacées dans sept jours.
