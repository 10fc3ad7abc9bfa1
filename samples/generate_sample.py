# Generates sample-tenant.snapshot.json: the fictional Sample Corp group (two Entra tenants, two AWS accounts,
# two Azure subscriptions, three AWS accounts) with cases that pass and fail for every rule, and
# sample-tenant-partial.snapshot.json: the same group read with realistic permission gaps (see samples/README.md).
# Run: python3 samples/generate_sample.py
import json, copy, os, datetime as dt
NOW = dt.datetime(2026,11,25,2,0,0,tzinfo=dt.timezone.utc)
def ts(days_ago): return (NOW - dt.timedelta(days=days_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")
TENANT="4f6e8d2a-7c1b-4e5f-9a3d-2b8c6e1f0a57"; ESRC="entra:sample.onmicrosoft.com"
ACCT="210987654321"; ASRC="aws:210987654321"
SUB="8c2d4e6f-1a3b-4c5d-8e7f-9a0b1c2d3e4f"; ZSRC="azure:sample-prod"
GA="62e90394-69f5-4237-9190-012177145e10"; UA="fe930be7-5e62-47db-91af-98c3a49a38b1"; EXA="29232cdf-9323-42fd-ade2-1d097af3e4de"
SECR="5d6b6bb7-de71-4623-b4af-96380a352509"; SECA="194ae4cb-b126-40b2-bd5b-6091b380977d"; GR="f2ef992c-3afb-46b9-b7cf-a126ee74c451"
NAMES={GA:"Global Administrator",UA:"User Administrator",EXA:"Exchange Administrator",SECR:"Security Reader",SECA:"Security Administrator",GR:"Global Reader"}
users=[]; n=[0]
def uid():
    n[0]+=1; return "a1b2c3d4-0000-4000-8000-%012d"%n[0]
def mfa(methods):
    strong={"microsoftAuthenticatorPush","fido2SecurityKey","windowsHelloForBusiness","softwareOneTimePasscode","passKeyDeviceBound","microsoftAuthenticatorPasswordless"}
    reg=len(methods)>0
    return {"isMfaRegistered":reg,"isMfaCapable":reg,"isPasswordlessCapable":any(m in ("fido2SecurityKey","windowsHelloForBusiness","microsoftAuthenticatorPasswordless") for m in methods),"methodsRegistered":methods}
def role(t,state="active",perm=True,pim=True,via=None,end_days=None):
    r={"roleTemplateId":t,"roleName":NAMES[t],"assignmentState":state,"managedByPim":pim}
    if not perm: r["endDateTime"]=ts(-end_days if end_days else -180)
    if pim: r["startDateTime"]=ts(300)
    if via: r["viaGroupId"]=via
    return r
def user(name, display, methods=("microsoftAuthenticatorPush",), created=400, last=2, enabled=True, guest=False, lic=1, roles=(), sync=False, geo="JPN", state=None, signin=True, src_=None, tenant_=None):
    u={"sourceId":src_ or ESRC,"tenantId":tenant_ or TENANT,"id":uid(),"userPrincipalName":name,"displayName":display,"userType":"Guest" if guest else "Member",
       "accountEnabled":enabled,"createdDateTime":ts(created),"onPremisesSyncEnabled":sync,"assignedLicenseCount":lic}
    if sync: u["onPremisesImmutableId"]="aW1tdXRhYmxlLSVk"
    if geo: u["preferredDataLocation"]=geo
    if state: u["externalUserState"]=state
    if signin: u["signIn"]={"lastSuccessfulSignIn": ts(last) if last is not None else None,"lastInteractiveSignIn": ts(last) if last is not None else None}
    if u.get("signIn") and u["signIn"]["lastSuccessfulSignIn"] is None: u["signIn"]={}
    u["mfa"]=mfa(list(methods))
    u["roles"]=list(roles)
    users.append(u); return u
D="sample.onmicrosoft.com"
# break-glass (cloud-only GA, FIDO2)
user(f"breakglass1@{D}","Break Glass 1",["fido2SecurityKey"],created=900,last=60,lic=0,geo=None,roles=[role(GA)])
user(f"breakglass2@{D}","Break Glass 2",["fido2SecurityKey"],created=900,last=61,lic=0,geo=None,roles=[role(GA)])
# admins
user(f"haruto.sato@{D}","佐藤 陽翔 (IT admin)",["microsoftAuthenticatorPush","fido2SecurityKey"],last=1,roles=[role(GA,"eligible",perm=False)])
user(f"yui.tanaka@{D}","田中 結衣 (Security)",["windowsHelloForBusiness","microsoftAuthenticatorPush"],last=1,roles=[role(SECA,"eligible",perm=False),role(GA,"active",pim=False)])
user(f"ren.suzuki@{D}","鈴木 蓮 (Helpdesk lead)",["microsoftAuthenticatorPush"],last=40,roles=[role(UA,"active",perm=True)])
user(f"temp.admin@{D}","Temporary admin (migration)",[],created=40,last=5,roles=[role(UA,"active",perm=True,pim=False)])
user(f"exchange.admin@{D}","Exchange admin (synced)",["microsoftAuthenticatorPush"],last=2,sync=True,roles=[role(EXA,"active",via="9f1e2d3c-aaaa-4bbb-8ccc-000000000001")])
user(f"aoi.kato@{D}","加藤 葵 (Global Reader)",["softwareOneTimePasscode"],last=45,roles=[role(GR,"eligible",perm=False)])
user(f"ops.ga@{D}","Ops global admin",["microsoftAuthenticatorPush"],last=4,roles=[role(GA,"active",via="9f1e2d3c-aaaa-4bbb-8ccc-000000000002")])
# ordinary members
given=["hina","sota","mei","yuto","sakura","riku","koharu","minato","tsumugi","haruki","akari","itsuki","rin","kaito","mio","asahi","yuna","hayato","ema","daiki","nanami","kenta"]
family=["ito","watanabe","yamamoto","nakamura","kobayashi","yoshida","yamada","sasaki","yamaguchi","matsumoto","inoue","kimura","hayashi","shimizu","yamazaki","mori","abe","ikeda","hashimoto","ishikawa","ogawa","okada"]
for i,(g,f) in enumerate(zip(given,family)):
    methods=[["microsoftAuthenticatorPush"],["microsoftAuthenticatorPush","softwareOneTimePasscode"],["windowsHelloForBusiness"],["mobilePhone"],["microsoftAuthenticatorPasswordless"]][i%5]
    user(f"{g}.{f}@{D}",f"{f.capitalize()} {g.capitalize()}",methods,created=200+i*17,last=1+i%9)
# registered, but only with a method the authentication-methods policy does not allow
capable=user(f"yuki.hara@{D}","原 由紀",["email"],created=300,last=2); capable["mfa"]["isMfaRegistered"]=True; capable["mfa"]["isMfaCapable"]=False
# members without MFA
user(f"kiosk01@{D}","Reception kiosk",[],created=500,last=3)
user(f"takumi.fujita@{D}","藤田 拓海",[],created=120,last=2)
user(f"new.hire@{D}","New hire (joined 5 days ago)",[],created=5,last=1)
user(f"sales.shared@{D}","Sales shared mailbox user",[],created=700,last=10)
# service account (excluded)
user(f"svc-scanner@{D}","Compliance scanner service",[],created=300,last=0,lic=0,geo=None)
# stale
user(f"kenji.ono@{D}","小野 健二 (left team)",["microsoftAuthenticatorPush"],created=800,last=140)
user(f"project.x@{D}","Project X account",["microsoftAuthenticatorPush"],created=400,last=None)
user(f"mari.endo@{D}","遠藤 真理",["mobilePhone"],created=600,last=95,geo="EUR")
# disabled
user(f"leaver1@{D}","退職者 1",["microsoftAuthenticatorPush"],created=900,last=200,enabled=False,lic=2)
user(f"leaver2@{D}","退職者 2",[],created=700,last=120,enabled=False,lic=1)
user(f"leaver3@{D}","退職者 3",[],created=700,last=150,enabled=False,lic=0)
user(f"archive@{D}","Archive account",[],created=1200,last=None,enabled=False,lic=0)
# guests
user(f"consultant_partner.example#EXT#@{D}","Consultant (partner)",["microsoftAuthenticatorPush"],guest=True,created=200,last=7,lic=0,geo=None,state="Accepted",roles=[role(SECR,"active")])
user(f"auditor_audit-firm.example#EXT#@{D}","External auditor",["microsoftAuthenticatorPush"],guest=True,created=60,last=2,lic=0,geo=None,state="Accepted")
user(f"vendor_supplier.example#EXT#@{D}","Supplier contact",[],guest=True,created=120,last=None,lic=0,geo=None,state="PendingAcceptance")
user(f"old.invite_example.org#EXT#@{D}","Old invite",[],guest=True,created=400,last=None,lic=0,geo=None,state="PendingAcceptance")
user(f"fresh.invite_example.org#EXT#@{D}","Fresh invite",[],guest=True,created=3,last=None,lic=0,geo=None,state="PendingAcceptance")
user(f"designer_agency.example#EXT#@{D}","Design agency",["softwareOneTimePasscode"],guest=True,created=90,last=20,lic=0,geo=None,state="Accepted")
# the three built-in authentication strengths every tenant has (conditionalAccess/authenticationStrength/policies)
STRENGTHS=[{"id":"00000000-0000-0000-0000-000000000002","displayName":"Multifactor authentication","policyType":"builtIn",
             "allowedCombinations":["windowsHelloForBusiness","fido2","x509CertificateMultiFactor","deviceBasedPush","temporaryAccessPassOneTime","temporaryAccessPassMultiUse",
                                    "password,microsoftAuthenticatorPush","password,softwareOath","password,hardwareOath","password,sms","password,voice","federatedMultiFactor"]},
           {"id":"00000000-0000-0000-0000-000000000003","displayName":"Passwordless MFA","policyType":"builtIn","allowedCombinations":["windowsHelloForBusiness","fido2","x509CertificateMultiFactor","deviceBasedPush"]},
           {"id":"00000000-0000-0000-0000-000000000004","displayName":"Phishing-resistant MFA","policyType":"builtIn","allowedCombinations":["windowsHelloForBusiness","fido2","x509CertificateMultiFactor"]}]
tenant={"sourceId":ESRC,"tenantId":TENANT,"displayName":"株式会社サンプル (Sample Corp)","countryLetterCode":"JP","verifiedDomains":[D,"sample.co.jp"],
 "securityDefaultsEnabled":False,"multipleDataLocationsEnabled":True,"pimAvailable":True,"globalAdminActivationRequiresApproval":False,
 "authenticationStrengths":STRENGTHS,"pimGroups":[],"entraIdP2Licensed":True,
 # an old migration tool's app still holds Global Administrator (ENT-PRIV-09 fails; not a person, so not counted by ENT-PRIV-01)
 "servicePrincipalRoles":[{"id":"5e1f0000-0000-4000-8000-0000000000a1","displayName":"Legacy mailbox migration tool","appId":"7a3b9c10-0000-4000-8000-0000000000a1","servicePrincipalType":"Application","roleTemplateIds":[GA]},
                          {"id":"5e1f0000-0000-4000-8000-0000000000a2","displayName":"Helpdesk reporting (managed identity)","appId":"7a3b9c10-0000-4000-8000-0000000000a2","servicePrincipalType":"ManagedIdentity","roleTemplateIds":["88d8e3e3-8f55-4a1e-953a-9b9898b8876b"]}],
 "conditionalAccessPolicies":[
  {"id":"c0a1","displayName":"Require MFA for administrators","state":"enabled","includeUsers":[],"includeRoles":[GA,UA,SECA,EXA,"e8611ab8-c189-46e8-94e1-60213ab1f814"],"includeApplications":["All"],"builtInControls":["mfa"]},
  {"id":"c0a2","displayName":"Require MFA for all users","state":"enabledForReportingButNotEnforced","includeUsers":["All"],"excludeUsers":[users[0]["id"],users[1]["id"]],"includeApplications":["All"],"builtInControls":["mfa"]},
  {"id":"c0a3","displayName":"Block legacy authentication","state":"enabledForReportingButNotEnforced","includeUsers":["All"],"includeApplications":["All"],"clientAppTypes":["exchangeActiveSync","other"],"builtInControls":["block"]}]}
# MS.AAD tenant settings (issue 12): the parent misses most of the baseline, the subsidiary meets it (see ENT-METH-02 below)
def authenticator(app,location,otp): return {"id":"MicrosoftAuthenticator","state":"enabled","displayAppInformation":{"state":app,"includeTarget":"all_users"},
    "displayLocationInformation":{"state":location,"includeTarget":"all_users"},"softwareOathEnabled":otp}
def alerts(role_,active=["soc@sample.co.jp"],eligible=["soc@sample.co.jp"],activation=["soc@sample.co.jp"]):
    return {"roleTemplateId":role_,"activeAssignmentRecipients":active,"eligibleAssignmentRecipients":eligible,"activationRecipients":activation}
PRA="e8611ab8-c189-46e8-94e1-60213ab1f814"
tenant.update({
 "authorization":{"allowedToCreateApps":True,"permissionGrantPoliciesAssigned":["ManagePermissionGrantsForSelf.microsoft-user-default-legacy",
   "ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team"],"guestUserRoleId":"a0b1b346-4d3e-4e8b-98f8-753987be4970","allowInvitesFrom":"everyone"},
 # migrated, but SMS still on and Authenticator shows no location
 "authenticationMethods":{"policyMigrationState":"migrationComplete","methods":[{"id":"Email","state":"disabled"},{"id":"Fido2","state":"enabled"},
   authenticator("enabled","default",False),{"id":"Sms","state":"enabled"},{"id":"Voice","state":"disabled"}]},
 "adminConsent":{"isEnabled":False,"reviewerCount":0},
 "groupSpecificConsentEnabled":True,
 "domains":[{"id":"sample.co.jp","isVerified":True,"isRoot":True,"authenticationType":"Managed","passwordValidityPeriodInDays":90},
   {"id":D,"isVerified":True,"isRoot":True,"authenticationType":"Managed","passwordValidityPeriodInDays":2147483647}],
 "pimNotifications":[alerts(SECA),alerts(EXA,active=[]),alerts(GA,activation=[]),alerts(PRA),alerts(UA,activation=None)],
})
# AWS
acct={"sourceId":ASRC,"accountId":ACCT,"alias":"sample-prod","rootMfaEnabled":True,"rootHardwareMfa":False,"rootAccessKeysPresent":True,"rootPasswordEnabled":True,
 "rootPasswordLastUsed":ts(10),"optedInRegions":["ap-east-1"],"rootAccessKeyLastUsed":ts(200),
 # an 800-day-old root key: AWS-ROOT-03 says it exists, AWS-ROOT-05 that it was never rotated
 "rootAccessKeys":[{"slot":1,"active":True,"lastRotated":ts(800),"lastUsed":ts(200)}],
 "passwordPolicy":{"minimumPasswordLength":8,"requireSymbols":False,"requireNumbers":True,"requireUppercaseCharacters":True,"requireLowercaseCharacters":True,"passwordReusePrevention":5}}
ADMIN="arn:aws:iam::aws:policy/AdministratorAccess"
def keyid(name, slot): return ("AKIA"+"".join(c for c in name.upper() if c.isalnum())+str(slot)).ljust(20,"7")[:20]
def iam(name, pw=True, mfa_=True, pw_used=3, keys=(), attached=(), group=(), created=500, inline=(), inline_admin=(), tags=None):
    u={"sourceId":ASRC,"accountId":ACCT,"userName":name,"arn":f"arn:aws:iam::{ACCT}:user/{name}","createdAt":ts(created),"passwordEnabled":pw,"mfaActive":mfa_,
       # key ids (ListAccessKeys, aws.accessKeys) only where the collector asks: active keys created 30 days ago or more
       "accessKeys":[{"slot":i+1,"active":a,"lastRotated":ts(r),**({"lastUsed":ts(lu)} if lu is not None else {}),
                      **({"accessKeyId":keyid(name,i+1)} if a and r>=30 else {})} for i,(a,r,lu) in enumerate(keys)],
       "attachedPolicyArns":list(attached),"groupPolicyArns":list(group),"inlinePolicyNames":sorted(list(inline)+list(inline_admin)),
       # the collector's reading of every policy document (docs/collectors/aws.md, "Administrator rights")
       "administratorPolicies":sorted([a for a in attached if a==ADMIN]+[f"inline:{n}" for n in inline_admin]),
       "groupAdministratorPolicies":[a for a in group if a==ADMIN],
       # the groups those policies come from (the sample's administrators' group is 'admins')
       "administratorGroups":["admins"] if ADMIN in group else []}
    if pw: u["passwordLastChanged"]=ts(created-10)
    if pw and pw_used is not None: u["passwordLastUsed"]=ts(pw_used)
    # IAM tags (GetAccountAuthorizationDetails): an email/owner/upn tag links the IAM user to its person (identityLinks)
    if tags: u["tags"]=dict(tags)
    return u
RO="arn:aws:iam::aws:policy/ReadOnlyAccess"
iamusers=[iam("alice.admin",keys=[(True,30,1)],group=[ADMIN],tags={"owner":f"haruto.sato@{D}"}),
 iam("bob.dev",mfa_=False,pw_used=2,keys=[(True,40,2)],group=["arn:aws:iam::aws:policy/PowerUserAccess"]),
 iam("carol.ops",attached=[ADMIN],keys=[(True,20,1)]),
 iam("ci-deploy",pw=False,mfa_=False,keys=[(True,400,1),(True,200,30)],attached=["arn:aws:iam::210987654321:policy/deploy"]),
 iam("dave.contractor",pw_used=100,keys=[(True,120,100)],group=[RO]),
 iam("erin.analyst",group=[RO]),
 iam("legacy-batch",pw=False,mfa_=False,keys=[(True,800,None)],attached=[RO],created=900),
 iam("frank.audit",mfa_=False,pw_used=None,group=[RO],created=70),
 # an inline {"Action":"*","Resource":"*"} policy: administrator by its document, not by AdministratorAccess's name (AWS-IAM-05)
 iam("grace.sre",group=[RO],inline_admin=["break-glass-all"]),
 # people across clouds: a leaver (disabled in Entra ID) whose access key someone still uses (PERSON-LEAVER-02 fails) ...
 iam("ichiro.deploy",pw=False,mfa_=False,keys=[(True,60,3)],group=[RO],created=300,tags={"email":f"leaver1@{D}"}),
 # ... and a stale person: no Entra sign-in for 140 days, IAM console and key unused for months (PERSON-STALE-01 fails)
 iam("kenji.ono",pw_used=150,keys=[(True,300,130)],group=[RO],created=700,tags={"upn":f"kenji.ono@{D}"})]
# roles and customer-managed policies of the production account, as the collector reads them (GetAccountAuthorizationDetails)
def iamrole(name, trust=(), unconditioned=(), attached=(), inline=(), admin=(), path="/", any_=False):
    return {"sourceId":ASRC,"accountId":ACCT,"roleName":name,"arn":f"arn:aws:iam::{ACCT}:role{path}{name}","path":path,"createdAt":ts(300),
            "attachedPolicyArns":sorted(attached),"inlinePolicyNames":sorted(inline),"administratorPolicies":sorted(admin),
            "trustsAnyPrincipal":any_,"externalAccounts":sorted(trust),"unconditionedExternalAccounts":sorted(unconditioned),"trustPolicyRead":True}
LEGACY=f"arn:aws:iam::{ACCT}:policy/legacy-admin"; DEPLOY=f"arn:aws:iam::{ACCT}:policy/deploy"
iamroles=[iamrole("vendor-monitoring",trust=["999988887777"],attached=[RO]),
 iamrole("partner-support",trust=["444455556666"],unconditioned=["444455556666"],attached=[ADMIN],admin=[ADMIN]),
 iamrole("public-reader",trust=["*"],unconditioned=["*"],attached=[RO],any_=True),
 iamrole("ci-deploy-role",attached=[DEPLOY]),
 iamrole("ops-legacy",attached=[LEGACY],admin=[LEGACY]),
 iamrole("AWSServiceRoleForSupport",path="/aws-service-role/support.amazonaws.com/",attached=["arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy"])]
def iampolicy(name, attachments, full, admin=None):
    return {"sourceId":ASRC,"accountId":ACCT,"policyName":name,"arn":f"arn:aws:iam::{ACCT}:policy/{name}","attachmentCount":attachments,
            "allowsFullAccess":full,"grantsAdministration":full if admin is None else admin}
iampolicies=[iampolicy("deploy",2,False),iampolicy("legacy-admin",1,True),iampolicy("unused-all",0,True)]
# cloud resources
res=[]
def az(kind,name,region,country,rg="rg-prod-jpe"):
    rid=f"/subscriptions/{SUB}/resourceGroups/{rg}" + ("" if kind=="Microsoft.Resources/resourceGroups" else f"/providers/{kind}/{name}")
    if kind=="Microsoft.Resources/resourceGroups": rid=f"/subscriptions/{SUB}/resourceGroups/{name}"
    r={"sourceId":ZSRC,"provider":"azure","scope":SUB,"kind":kind,"id":rid,"name":name}
    if region is not None: r["region"]=region
    if country: r["country"]=country
    res.append(r)
for rg,region in [("rg-prod-jpe","japaneast"),("rg-dr-jpw","japanwest"),("rg-analytics-us","eastus"),("rg-eu-sales","westeurope")]:
    az("Microsoft.Resources/resourceGroups",rg,region,{"japaneast":"JP","japanwest":"JP","eastus":"US","westeurope":"NL"}[region])
for i in range(6): az("Microsoft.Storage/storageAccounts",f"stprodjpe{i:02d}","japaneast","JP")
for i in range(4): az("Microsoft.Compute/virtualMachines",f"vm-app-{i:02d}","japaneast","JP")
az("Microsoft.Sql/servers","sql-prod-jpe","japaneast","JP")
az("Microsoft.Storage/storageAccounts","stdrjpw01","japanwest","JP",rg="rg-dr-jpw")
az("Microsoft.Storage/storageAccounts","stanalyticsus01","eastus","US",rg="rg-analytics-us")
az("Microsoft.Compute/virtualMachines","vm-eu-sales-01","westeurope","NL",rg="rg-eu-sales")
az("Microsoft.Network/frontDoors","fd-public","global",None)
az("Microsoft.Network/dnszones","sample.co.jp","global",None)
def aws(kind,id_,region,country,name=None):
    r={"sourceId":ASRC,"provider":"aws","scope":ACCT,"kind":kind,"id":id_,"region":region,"country":country}
    if name: r["name"]=name
    res.append(r)
for b,reg,c in [("sample-prod-data","ap-northeast-1","JP"),("sample-backups-osaka","ap-northeast-3","JP"),("sample-web-assets","ap-northeast-1","JP"),("sample-logs-us","us-east-1","US"),("sample-eu-marketing","eu-west-1","IE")]:
    aws("aws:s3:bucket",b,reg,c,b)
for i,(reg,c) in enumerate([("ap-northeast-1","JP"),("ap-northeast-1","JP"),("ap-northeast-3","JP"),("us-west-2","US")]):
    aws("aws:ec2:instance",f"i-0a1b2c3d4e5f6{i:04d}",reg,c)
# EBS snapshots: the nightly database copy in Tokyo (LOC-AWS-04 passes) and a DR copy left in Oregon (fails)
for sid,reg,c,name in [("snap-0f1e2d3c4b5a69780","ap-northeast-1","JP","db-nightly"),("snap-0f1e2d3c4b5a69781","us-west-2","US","db-dr-copy")]:
    aws("aws:ec2:snapshot",f"arn:aws:ec2:{reg}::snapshot/{sid}",reg,c,name)
# DynamoDB: the orders table in Tokyo (LOC-AWS-05 passes) and a session table someone created in Frankfurt (fails)
for t,reg,c in [("orders","ap-northeast-1","JP"),("web-sessions","eu-central-1","DE")]:
    aws("aws:dynamodb:table",f"arn:aws:dynamodb:{reg}:{ACCT}:table/{t}",reg,c,t)
# Lambda: the order handler in Osaka (LOC-AWS-06 passes) and a thumbnail function in Virginia (fails)
for fn,reg,c in [("order-handler","ap-northeast-3","JP"),("thumbnailer","us-east-1","US")]:
    aws("aws:lambda:function",f"arn:aws:lambda:{reg}:{ACCT}:function:{fn}",reg,c,fn)
# EFS: shared uploads in Tokyo (LOC-AWS-07 passes) and a replica someone set up in Singapore (fails)
for fs,reg,c,name in [("fs-0a1b2c3d4e5f60001","ap-northeast-1","JP","uploads"),("fs-0a1b2c3d4e5f60002","ap-southeast-1","SG","uploads-replica")]:
    aws("aws:efs:file-system",f"arn:aws:elasticfilesystem:{reg}:{ACCT}:file-system/{fs}",reg,c,name)
# RDS: the orders database in Tokyo (LOC-AWS-08 passes) and a snapshot of it copied to Oregon for a test (fails)
aws("aws:rds:db",f"arn:aws:rds:ap-northeast-1:{ACCT}:db:orders-db","ap-northeast-1","JP","orders-db")
aws("aws:rds:snapshot",f"arn:aws:rds:us-west-2:{ACCT}:snapshot:orders-db-copy-for-test","us-west-2","US","orders-db-copy-for-test")
subs=[{"sourceId":ZSRC,"subscriptionId":SUB,"displayName":"sample-prod","tenantId":TENANT,"state":"Enabled","allowedLocationsPolicyAssigned":False,
 "privilegedRoleHolders":[{"principalId":users[2]["id"],"principalType":"User","roleName":"Owner","isGuest":False,"userType":"Member"},
  {"principalId":users[-6]["id"],"principalType":"User","roleName":"Owner","isGuest":True,"userType":"Guest"},
  {"principalId":"5e6f7a8b-0000-4000-8000-00000000c0de","principalType":"ServicePrincipal","roleName":"Contributor","isGuest":False},
  # a leaver who still holds User Access Administrator, and a Contributor assignment whose principal was deleted (PERSON-LEAVER-01 fails)
  {"principalId":next(u for u in users if u["userPrincipalName"]==f"leaver2@{D}")["id"],"principalType":"User","roleName":"User Access Administrator","isGuest":False,"userType":"Member","scope":f"/subscriptions/{SUB}"},
  {"principalId":"0d0d0d0d-dead-4000-8000-00000000dead","principalType":"Unknown","roleName":"Contributor","isGuest":False,"scope":f"/subscriptions/{SUB}"}]}]

# --- a subsidiary tenant, a dev AWS account and a dev Azure subscription, so that tenant- and account-level rules show passes too
PRIV=["62e90394-69f5-4237-9190-012177145e10","e8611ab8-c189-46e8-94e1-60213ab1f814","7be44c8a-adaf-4e2a-84d6-ab2649e08a13","194ae4cb-b126-40b2-bd5b-6091b380977d","b1be1c3e-b65d-4f19-8427-f6fa0d97feb9","8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2","fe930be7-5e62-47db-91af-98c3a49a38b1","9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3","158c047a-c907-4556-b7ef-446551a6b5f7","29232cdf-9323-42fd-ade2-1d097af3e4de","f28a1f50-f6e7-4571-818b-6a12f2af6b6c","c4e39bd9-1100-46d3-8c65-fb160da0071f","3a2c62db-5318-420d-8d74-23affee5d9d5","8329153b-31d0-4727-b945-745eb3bc5f31","be2f45a1-457d-42af-a067-6ec1fa63bc45","e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8"]
TENANT2="7d3c1b9e-5a4f-4e2d-8c6b-1f0e9d8c7b6a"; ESRC2="entra:sample-sub.onmicrosoft.com"; D2="sample-sub.onmicrosoft.com"
u2=[]
for args in [(f"bg-sub@{D2}","Break glass (subsidiary)",["fido2SecurityKey"],900,40,True,False,0,[role(GA)]),
             (f"kaito.aoki@{D2}","青木 海斗 (subsidiary admin)",["fido2SecurityKey","microsoftAuthenticatorPush"],500,1,True,False,1,[role(GA,"eligible",perm=False)]),
             (f"saki.noda@{D2}","野田 咲",["microsoftAuthenticatorPush"],300,2,True,False,1,[]),
             (f"joe.mori@{D2}","森 丈",["microsoftAuthenticatorPasswordless"],250,3,True,False,1,[]),
             (f"ai.kudo@{D2}","工藤 愛",["windowsHelloForBusiness"],200,1,True,False,1,[role(UA,"eligible",perm=False)]),
             (f"warehouse@{D2}","Warehouse terminal",[],600,4,True,False,1,[]),
             # finer-grained admins: ENT-PRIV-10 passes here (2 Global Administrators, 2 others)
             (f"rin.sato@{D2}","佐藤 凛 (Exchange admin)",["fido2SecurityKey"],150,1,True,False,1,[role(EXA,"eligible",perm=False)])]:
    name,disp,meth,cr,last,en,gu,lic,roles=args
    u2.append(user(name,disp,meth,created=cr,last=last,enabled=en,guest=gu,lic=lic,roles=roles,src_=ESRC2,tenant_=TENANT2,geo=None))
tenant2={"sourceId":ESRC2,"tenantId":TENANT2,"displayName":"サンプル物流株式会社 (Sample Logistics, subsidiary)","countryLetterCode":"JP","verifiedDomains":[D2],
 "securityDefaultsEnabled":True,"multipleDataLocationsEnabled":False,"pimAvailable":True,"globalAdminActivationRequiresApproval":True,
 "authenticationStrengths":STRENGTHS,"pimGroups":[],"entraIdP2Licensed":True,"servicePrincipalRoles":[],
 "conditionalAccessPolicies":[{"id":"s0b1","displayName":"Phishing-resistant MFA for administrators","state":"enabled","includeRoles":PRIV,"excludeUsers":[u2[0]["id"]],
   "includeApplications":["All"],"clientAppTypes":["all"],"authenticationStrength":"Phishing-resistant MFA","authenticationStrengthId":"00000000-0000-0000-0000-000000000004","authenticationStrengthCombinations":["windowsHelloForBusiness","fido2","x509CertificateMultiFactor"]}]
   # the subsidiary follows the ScubaGear conditional-access baseline (ENT-MFA-09, ENT-RISK-01/02, ENT-DEV-01/02, ENT-AUTH-02 pass here, fail at the parent)
   +[dict({"state":"enabled","includeUsers":["All"],"excludeUsers":[u2[0]["id"]],"includeApplications":["All"],"clientAppTypes":["all"]},**extra) for extra in [
     {"id":"s0b2","displayName":"Block high-risk users","userRiskLevels":["high"],"builtInControls":["block"]},
     {"id":"s0b3","displayName":"Block high-risk sign-ins","signInRiskLevels":["high"],"builtInControls":["block"]},
     {"id":"s0b4","displayName":"Phishing-resistant MFA for everyone","authenticationStrength":"Phishing-resistant MFA","authenticationStrengthId":"00000000-0000-0000-0000-000000000004"},
     {"id":"s0b5","displayName":"Require a managed device","builtInControls":["compliantDevice","domainJoinedDevice"],"grantOperator":"OR"},
     {"id":"s0b6","displayName":"Register security info from a managed device","includeApplications":[],"includeUserActions":["urn:user:registersecurityinfo"],"builtInControls":["compliantDevice"]},
     {"id":"s0b7","displayName":"Block device code flow","authenticationFlowTransferMethods":["deviceCodeFlow"],"builtInControls":["block"]}]]}
tenant2.update({
 "authorization":{"allowedToCreateApps":False,"permissionGrantPoliciesAssigned":["ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-chat"],
   "guestUserRoleId":"2af84b1e-32c8-42b7-82bc-daa82404023b","allowInvitesFrom":"adminsAndGuestInviters"},
 # still migrating from the legacy MFA/SSPR policies: ENT-METH-02 fails, ENT-METH-03 is not applicable
 "authenticationMethods":{"policyMigrationState":"migrationInProgress","methods":[{"id":"Email","state":"disabled"},{"id":"Fido2","state":"enabled"},
   authenticator("enabled","enabled",False),{"id":"Sms","state":"disabled"},{"id":"Voice","state":"disabled"}]},
 "adminConsent":{"isEnabled":True,"reviewerCount":1},
 "groupSpecificConsentEnabled":False,
 "domains":[{"id":D2,"isVerified":True,"isRoot":True,"authenticationType":"Managed","passwordValidityPeriodInDays":2147483647}],
 "pimNotifications":[alerts(SECA),alerts(GA)],
})
ACCT2="109876543210"; ASRC2="aws:109876543210"
# sample-dev: a root key created 20 days ago for a one-off script (AWS-ROOT-03 fails, AWS-ROOT-05 passes: it is new)
acct2={"sourceId":ASRC2,"accountId":ACCT2,"alias":"sample-dev","rootMfaEnabled":False,"rootAccessKeysPresent":True,"rootPasswordEnabled":True,
 "rootPasswordLastUsed":ts(0),"optedInRegions":[],"rootAccessKeyLastUsed":ts(5),
 "rootAccessKeys":[{"slot":1,"active":True,"lastRotated":ts(20),"lastUsed":ts(5)}],
 "passwordPolicy":{"minimumPasswordLength":16,"requireSymbols":True,"requireNumbers":True,"requireUppercaseCharacters":True,"requireLowercaseCharacters":True,"passwordReusePrevention":24}}
def iam2(name, **kw):
    u=iam(name, **kw); u["sourceId"]=ASRC2; u["accountId"]=ACCT2; u["arn"]=f"arn:aws:iam::{ACCT2}:user/{name}"; return u
ACCT3="310987654321"; ASRC3="aws:310987654321"
acct3={"sourceId":ASRC3,"accountId":ACCT3,"alias":"sample-security","rootMfaEnabled":True,"rootHardwareMfa":True,"rootAccessKeysPresent":False,"rootPasswordEnabled":True,
 "rootPasswordLastUsed":ts(200),"optedInRegions":[],"rootAccessKeys":[],
 "passwordPolicy":{"minimumPasswordLength":16,"requireSymbols":True,"requireNumbers":True,"requireUppercaseCharacters":True,"requireLowercaseCharacters":True,"passwordReusePrevention":24}}
def iam3(name, **kw):
    u=iam(name, **kw); u["sourceId"]=ASRC3; u["accountId"]=ACCT3; u["arn"]=f"arn:aws:iam::{ACCT3}:user/{name}"; return u
iamusers += [iam3("security.auditor",keys=[(True,12,1)],group=["arn:aws:iam::aws:policy/SecurityAudit"]),
 # no password and no key left: nothing long-lived to move to IAM Identity Center (AWS-IAM-10 passes)
 iam3("log-archive-owner",pw=False,mfa_=False,group=[RO])]
iamusers += [iam2("dev.lead",keys=[(True,10,1)],group=["arn:aws:iam::aws:policy/PowerUserAccess"]), iam2("dev.intern",mfa_=False,pw_used=1,created=20)]
SUB2="3f4e5d6c-7b8a-4c9d-8e0f-1a2b3c4d5e6f"; ZSRC2="azure:sample-dev"
for i in range(3):
    rid=f"/subscriptions/{SUB2}/resourceGroups/rg-dev/providers/Microsoft.Web/sites/app-dev-{i:02d}"
    res.append({"sourceId":ZSRC2,"provider":"azure","scope":SUB2,"kind":"Microsoft.Web/sites","id":rid,"name":f"app-dev-{i:02d}","region":"japaneast","country":"JP"})
res.append({"sourceId":ZSRC2,"provider":"azure","scope":SUB2,"kind":"Microsoft.Resources/resourceGroups","id":f"/subscriptions/{SUB2}/resourceGroups/rg-dev","name":"rg-dev","region":"japanwest","country":"JP"})
subs.append({"sourceId":ZSRC2,"subscriptionId":SUB2,"displayName":"sample-dev","tenantId":TENANT,"state":"Enabled","allowedLocationsPolicyAssigned":True,
 "privilegedRoleHolders":[{"principalId":users[i]["id"],"principalType":"User","roleName":"Owner","isGuest":False,"userType":"Member"} for i in (2,3,4,8,12)]})
# Contributor on sample-dev through a group: an active developer and a leaver nobody removed from the group (PERSON-LEAVER-01 fails for her)
DEVGROUP="6a7b8c9d-0000-4000-8000-00000000d3e5"
subs[-1]["privilegedRoleHolders"].append({"principalId":DEVGROUP,"principalType":"Group","roleName":"Contributor","isGuest":False,"scope":f"/subscriptions/{SUB2}"})
groups=[{"sourceId":ESRC,"tenantId":TENANT,"id":DEVGROUP,"displayName":"Dev contributors",
 "memberIds":sorted(next(u for u in users if u["userPrincipalName"]==n)["id"] for n in (f"hina.ito@{D}",f"leaver3@{D}"))}]

# IAM Identity Center of the organisation, read from sample-prod (the management account) in ap-northeast-1
# (identityCenterRegion): an administrator linked to its Entra user by external id (PERSON-ORPHAN-02 and PERSON-LEAVER-03 pass),
# one linked by user name holding AdministratorAccess through a group, one that links to nobody (PERSON-ORPHAN-02 fails),
# a leaver whose Identity Center user still holds AdministratorAccess (PERSON-LEAVER-03 fails) and a read-only user.
IC_INSTANCE="arn:aws:sso:::instance/ssoins-7758a1b2c3d4e5f6"; IC_STORE="d-95670a1b2c"
PS_ADMIN="arn:aws:sso:::permissionSet/ssoins-7758a1b2c3d4e5f6/ps-1a2b3c4d5e6f7a8b"
def upn_id(upn): return next(u["id"] for u in users if u["userPrincipalName"]==upn)
def ic_grant(account, group=None):
    g={"accountId":account,"permissionSetArn":PS_ADMIN,"permissionSetName":"AdministratorAccess"}
    if group: g["groupId"]="9067a1b2c3-4d5e-6f70-8192-a3b4c5d6e7f8"; g["groupName"]=group
    return g
def ic_user(user_id, name, display, external=None, emails=(), grants=()):
    u={"sourceId":ASRC,"accountId":ACCT,"instanceArn":IC_INSTANCE,"identityStoreId":IC_STORE,"userId":user_id,"userName":name,"displayName":display,
       "externalIds":[{"issuer":f"https://scim.ap-northeast-1.amazonaws.com/{IC_STORE}","id":external}] if external else [],"emails":list(emails),
       "administratorAssignments":list(grants)}
    return u
icusers=[
 ic_user("9067a1b2c3-0001-4e5f-a6b7-c8d9e0f1a2b3",f"haruto.sato@{D}","佐藤 陽翔",external=upn_id(f"haruto.sato@{D}"),emails=[f"haruto.sato@{D}"],grants=[ic_grant(ACCT),ic_grant(ACCT3)]),
 ic_user("9067a1b2c3-0002-4e5f-a6b7-c8d9e0f1a2b3",f"yui.tanaka@{D}","田中 結衣",emails=[f"yui.tanaka@{D}"],grants=[ic_grant(ACCT2,"Platform admins")]),
 ic_user("9067a1b2c3-0003-4e5f-a6b7-c8d9e0f1a2b3","contractor.admin","Contractor admin (created in the console)",emails=["admin@contractor.example"],grants=[ic_grant(ACCT)]),
 ic_user("9067a1b2c3-0004-4e5f-a6b7-c8d9e0f1a2b3",f"leaver3@{D}","退職者 3",external=upn_id(f"leaver3@{D}"),emails=[f"leaver3@{D}"],grants=[ic_grant(ACCT2,"Platform admins")]),
 ic_user("9067a1b2c3-0005-4e5f-a6b7-c8d9e0f1a2b3",f"hina.ito@{D}","Ito Hina",external=upn_id(f"hina.ito@{D}"),emails=[f"hina.ito@{D}"]),
]
acct["identityCenterInstances"]=[IC_INSTANCE]
def src(id_,prov,scope,name,endpoint,datasets):
    return {"id":id_,"provider":prov,"scope":scope,"displayName":name,"status":"complete","collectedAt":ts(0),"endpoint":endpoint,
            "datasets":[{"name":d,"status":"complete","itemCount":c} for d,c in datasets]}
snap={"formatVersion":2,"collectedAt":ts(0),"organization":"株式会社サンプル (Sample Corp)",
 "sources":[
  src(ASRC,"aws",ACCT,"AWS sample-prod","https://iam.amazonaws.com",[("aws.credentialReport",len(iamusers)+1),("aws.accountSummary",1),("aws.mfaDevices",2),("aws.accessKeys",sum(1 for u in iamusers if u["accountId"]==ACCT for k in u["accessKeys"] if "accessKeyId" in k)),("aws.passwordPolicy",1),("aws.userPolicies",len(iamusers)),("aws.rolesAndPolicies",len(iamroles)+len(iampolicies)),("aws.s3",5),("aws.ec2",4),("aws.ebs",2),("aws.dynamodb",2),("aws.lambda",2),("aws.efs",2),("aws.rds",2),("aws.identityCenter",len(icusers)),("aws.identityCenterAssignments",sum(len(u["administratorAssignments"]) for u in icusers))]),
  src(ZSRC,"azure",SUB,"Azure sample-prod","https://management.azure.com",[("azure.subscriptions",1),("azure.resources",sum(1 for r in res if r["provider"]=="azure")),("azure.policyAssignments",3),("azure.roleAssignments",5)]),
  src(ESRC,"entra",TENANT,"sample.onmicrosoft.com","https://graph.microsoft.com/v1.0",[("entra.users",len(users)-len(u2)),("entra.signInActivity",len(users)-len(u2)),("entra.mfaRegistration",len(users)-len(u2)),("entra.directoryRoles",12),("entra.pim",6),("entra.organization",1),("entra.securityDefaults",1),("entra.conditionalAccess",3),("entra.authorizationPolicy",1),("entra.authenticationMethodsPolicy",1),("entra.adminConsentPolicy",1),("entra.directorySettings",1),("entra.domains",2),("entra.pimPolicies",5),("entra.authenticationStrengths",3),("entra.subscribedSkus",2),("entra.groupMembers",len(groups))]),
  src(ESRC2,"entra",TENANT2,"sample-sub.onmicrosoft.com","https://graph.microsoft.com/v1.0",[("entra.users",len(u2)),("entra.signInActivity",len(u2)),("entra.mfaRegistration",len(u2)),("entra.directoryRoles",2),("entra.pim",2),("entra.organization",1),("entra.securityDefaults",1),("entra.conditionalAccess",0),("entra.authorizationPolicy",1),("entra.authenticationMethodsPolicy",1),("entra.adminConsentPolicy",1),("entra.directorySettings",0),("entra.domains",1),("entra.pimPolicies",2),("entra.authenticationStrengths",3),("entra.subscribedSkus",1),("entra.groupMembers",0)]),
  src(ASRC2,"aws",ACCT2,"AWS sample-dev","https://iam.amazonaws.com",[("aws.credentialReport",3),("aws.accountSummary",1),("aws.mfaDevices",1),("aws.accessKeys",0),("aws.passwordPolicy",1),("aws.userPolicies",2),("aws.rolesAndPolicies",0),("aws.s3",0),("aws.ec2",0),("aws.ebs",0),("aws.dynamodb",0),("aws.lambda",0),("aws.efs",0),("aws.rds",0),("aws.identityCenter",0),("aws.identityCenterAssignments",0)]),
  src(ASRC3,"aws",ACCT3,"AWS sample-security (log archive)","https://iam.amazonaws.com",[("aws.credentialReport",3),("aws.accountSummary",1),("aws.mfaDevices",0),("aws.accessKeys",0),("aws.passwordPolicy",1),("aws.userPolicies",2),("aws.rolesAndPolicies",0),("aws.s3",0),("aws.ec2",0),("aws.ebs",0),("aws.dynamodb",0),("aws.lambda",0),("aws.efs",0),("aws.rds",0),("aws.identityCenter",0),("aws.identityCenterAssignments",0)]),
  src(ZSRC2,"azure",SUB2,"Azure sample-dev","https://management.azure.com",[("azure.subscriptions",1),("azure.resources",4),("azure.policyAssignments",1),("azure.roleAssignments",6)])],
 "facts":{"entraTenants":sorted([tenant,tenant2],key=lambda t:t["tenantId"]),"entraUsers":sorted(users,key=lambda u:(u["tenantId"],u["id"])),"awsAccounts":sorted([acct,acct2,acct3],key=lambda a:a["accountId"]),"awsIamUsers":sorted(iamusers,key=lambda u:(u["accountId"],u["userName"])),
  "awsIamRoles":sorted(iamroles,key=lambda r:(r["accountId"],r["arn"])),"awsIamPolicies":sorted(iampolicies,key=lambda p:(p["accountId"],p["arn"])),
  "awsIdentityCenterUsers":sorted(icusers,key=lambda u:(u["accountId"],u["userName"])),
  "azureSubscriptions":sorted(subs,key=lambda x:x["subscriptionId"]),"cloudResources":sorted(res,key=lambda r:(r["provider"],r["scope"],r["id"])),
  "entraGroups":groups}}
snap["sources"].sort(key=lambda s:s["id"])
# sample-dev and sample-security do not read Identity Center (no identityCenterRegion): complete, and they say why
for s_ in snap["sources"]:
    if s_["id"] in (ASRC2,ASRC3):
        for d_ in s_["datasets"]:
            if d_["name"].startswith("aws.identityCenter"): d_["reason"]="not configured: no identityCenterRegion for this source"
HERE=os.path.dirname(os.path.abspath(__file__))
def write(name, snapshot):
    with open(os.path.join(HERE,name),"w",encoding="utf-8") as f: json.dump(snapshot,f,indent=2,ensure_ascii=False)
write("sample-tenant.snapshot.json",snap)
print(len(users),"users",len(res),"resources")

# --- the same group read with the permission gaps real scans meet: each gap recorded at its own scope
part=copy.deepcopy(snap)
def source(id_): return next(x for x in part["sources"] if x["id"]==id_)
def gap(src_, dataset, scope, reason, status="failed"):
    src_["status"]="partial"
    d=next(x for x in src_["datasets"] if x["name"]==dataset)
    d.setdefault("gaps",[]).append({"scope":scope,"status":status,"reason":reason})
    d["status"]="partial"; d["reason"]=f'{len(d["gaps"])} scope(s) not read; see gaps'
def failed(src_, dataset, reason):
    src_["status"]="partial"
    d=next(x for x in src_["datasets"] if x["name"]==dataset)
    d.update({"status":"failed","reason":reason,"itemCount":0})
# A third subscription of the production source whose owner never granted the scanner Reader (403 on every listing).
RESTRICTED="9e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b"
part["facts"]["azureSubscriptions"].append({"sourceId":ZSRC,"subscriptionId":RESTRICTED})
part["facts"]["azureSubscriptions"].sort(key=lambda x:x["subscriptionId"])
for d in ("azure.subscriptions","azure.resources","azure.policyAssignments","azure.roleAssignments"):
    gap(source(ZSRC),d,f"subscription:{RESTRICTED}",f"403 AuthorizationFailed: the client has no authorization over /subscriptions/{RESTRICTED}")
# AWS production: one opted-in region refuses DescribeInstances; one credential-report row does not parse; ListVirtualMFADevices is denied.
gap(source(ASRC),"aws.ec2","region:eu-west-3","ec2:DescribeInstances (eu-west-3): 403 UnauthorizedOperation")
# an SCP refuses DescribeSnapshots in Oregon: the DR copy there is not listed (LOC-AWS-04 gives an Error for the region), Tokyo still passes
gap(source(ASRC),"aws.ebs","region:us-west-2","ec2:DescribeSnapshots (us-west-2): 403 UnauthorizedOperation")
part["facts"]["cloudResources"]=[r for r in part["facts"]["cloudResources"] if not (r["kind"]=="aws:ec2:snapshot" and r["region"]=="us-west-2")]
garbled=next(u for u in part["facts"]["awsIamUsers"] if u["accountId"]==ACCT and u.get("passwordEnabled"))
garbled.update({"passwordEnabled":False,"mfaActive":False,"accessKeys":[]})
for k in ("passwordLastUsed","passwordLastChanged"): garbled.pop(k,None)
gap(source(ASRC),"aws.credentialReport",f'item:aws/{ACCT}/iam-user/{garbled["arn"]}',"line 4: expected 22 columns, found 9")
# ListAccessKeys refused for one user: its fix names no key id, its verdicts stand (no rule needs aws.accessKeys).
dave=next(u for u in part["facts"]["awsIamUsers"] if u["userName"]=="dave.contractor")
for k in dave["accessKeys"]: k.pop("accessKeyId",None)
gap(source(ASRC),"aws.accessKeys",f'item:aws/{ACCT}/iam-user/{dave["arn"]}',"iam:ListAccessKeys: 403 AccessDenied")
failed(source(ASRC),"aws.mfaDevices","root MFA kind unknown: iam:ListVirtualMFADevices: 403 AccessDenied")
next(a for a in part["facts"]["awsAccounts"] if a["accountId"]==ACCT).pop("rootHardwareMfa",None)
# Identity Center: the members of "Platform admins" could not be listed (ListGroupMemberships refused): the group's
# AdministratorAccess reaches nobody seen, and the gap stands on the instance, so every Identity Center user's results are Error
# except failures it cannot undo.
for u in part["facts"]["awsIdentityCenterUsers"]:
    u["administratorAssignments"]=[a for a in u["administratorAssignments"] if "groupId" not in a]
gap(source(ASRC),"aws.identityCenter",f"item:aws/{ACCT}/identity-center/{IC_INSTANCE.rsplit('/',1)[1]}","members of group Platform admins: identitystore:ListGroupMemberships: 400 AccessDeniedException")
# The subsidiary tenant has no Entra ID P2: PIM answers 403, so its eligible admins are not seen.
failed(source(ESRC2),"entra.pim","403 Forbidden: roleManagement/directory/roleEligibilitySchedules (the tenant has no Entra ID P2 licence)")
for u in part["facts"]["entraUsers"]:
    if u["tenantId"]==TENANT2 and u.get("roles"):
        u["roles"]=[{k:v for k,v in r.items() if k not in ("managedByPim","startDateTime","endDateTime")} for r in u["roles"] if r["assignmentState"]!="eligible"]
for t in part["facts"]["entraTenants"]:
    if t["tenantId"]==TENANT2:
        for k in ("pimAvailable","globalAdminActivationRequiresApproval","pimGroups"): t.pop(k,None)
        t.pop("pimNotifications",None)
# the same licence error refuses the role settings, which carry the PIM alert rules
failed(source(ESRC2),"entra.pimPolicies","403 Forbidden from roleManagementPolicyAssignments: AadPremiumLicenseRequired (the tenant has no Entra ID P2 licence)")
write("sample-tenant-partial.snapshot.json",part)
