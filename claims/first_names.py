"""First names that almost always belong to women or to men, for "she said" and "he said".

Derived from the MIT-licensed name data of nomquamgender 0.1.4 (PyPI; Ian Van Buskirk, "Copyright (c) 2022
Ian Van Buskirk", MIT License: https://github.com/ianvanbuskirk/nomquamgender), which counts first names by
gender across 30-odd national sources. Kept: plain a-z names seen in at least 10 sources and 5,000 times,
whose share of women is at most 5 percent (MEN) or at least 95 percent (WOMEN); and, so that names common in
fewer countries count too ("Rajesh", "Kayode", "Chaiwat"), those seen in at least 8 sources and 500 times whose
share is at most 3 or at least 97 percent. Nothing here comes from any evaluation data. The engine reads them
only for the first word of a whole name ("Ed Alvarez"), never for a surname alone, and after what the article
itself and the configured lists say.
"""

from __future__ import annotations

WOMEN = frozenset(
    """
aada aadhya aahana aaisha aaleyah aalia aaliya aaliyah aamina aaminah aamna aanya aarna aarohi aarti aarushi aase
aasiyah aava abagail abbie abbigail abbigale abby abbygail abegail abella abena abigail abigaile abigale abigayle
abigel abiha abla abril abygail acacia ada adaeze adah adalia adalie adaline adalyn adanna adara adaya adea adeena
adela adelaida adelaide adele adelene adelheid adelia adelie adelina adeline adelita adella adelle adelyn adelyne
adena adia adina adine adira aditi adja adolfina adora adoracion adriana adrianna adrianne adriene adrienne adrijana
adrina aela aelia aesha afaf aferdita afia afifa africa afsana agata agatha agathe aglae agnes agnesa agnese agneta
agnete agnieszka agueda agustina ahana ahlam ahna ahuva aicha aida aidee aiesha aila ailee aileen ailene aili ailie
ailis ailish ailsa ailyn aima aimee aimie aimy aina ainara aine ainhoa aini ainoa airi aisha aishah aishling
aishwarya aislin aisling aislinn aislyn aissata aissatou aiste aitana aiva aixa aiya aiyana aiyanna aiza aizah aja
ajda ajla akane akemi akiko akila akilah akina akvile alaia alaina alais alaitz alana alanah alanis alanna alannah
alara alayah alayna alayne alazne alba albana albane albena alberta albertha albertina albertine albina albine
albulena alcira alda aldina aldona alea aleah aleana alecia aleda aleece aleen aleena aleesa aleesha aleeza alegria
aleia aleida aleigha aleina aleisha alejandra aleksandra alena alene alenka alesandra alesha aleshia alesia alessa
alessandra alessia aleta aleth aletha alethea alethia aletta alexa alexandra alexandrea alexandria alexandrina
alexandrine alexia alexiane alexine alexsandra alexzandra aleyah aleyda aleyna aleysha alfhild alfreda alia aliah
aliana alica alice alicea alicen alicia alicja alida aliesha aliette aliisa alima alina alinda aline aliona alisa
alise alisha alishba alishia alisia alison alissa alissia alita alivia alixandra alixe aliya aliyah aliz aliza
alizah alize alizee allana allanah allegra allena allia alliah allicia allissa alliyah allysa allysha allyson
allyssa alma almeda almina almira almudena almut aloisia aloma alona alondra alora alphonsine alta altagracia altea
althea alvera alvina alya alyah alyana alyce alycia alyia alyna alyne alyona alysa alyse alysha alyshia alysia
alyson alyssa alysse alyssia alyvia alzbeta alzira amaia amaira amalia amalie amalija amalya amanda amandine
amarachi amarah amaria amarilis amaris amaryllis amatullah amaya amayah ambar amber amberley amberly ambra ambre
ambrosia amee ameena ameenah ameera ameerah amela amelia amelie amelina ameline amelle amellia amely amena america
amia amie amiee amilia amina aminah aminata amira amirah amisha amita amity amiyah ammara ammie amna amparo amra
amreen amrita amy amye amyra ana anabel anabela anabell anabella anabelle anabia anaelle anagha anah anahi anahit
anahita anahy anaia anaid anais anaisa anaise anali analia analie analisa analise analucia analyn anamaria anamarie
anamarija anastacia anastasia anastasiia anastasija anastasiya anastassia anastazia anastazja anayah anca andjela
andreana andreanna andreea andreia andreina andrena andriana andrianna andrijana andrina andrine aneesa aneesha
anela anelia anelise anesa anesia aneta anett anetta anette anezka anfal angela angele angelena angelene angeles
angelia angelic angelica angelie angelika angeliki angelina angeline angelique angelisa angelita angella angelle
angelyn angharad angie ania anica aniceta anicia anie aniela anika aniko anina anine anisa anisah anisha anisia
anissa anita anitra anitta aniya aniyah anja anjali anjana anjanette anjela anjelica anjelina anjuli anke ankica
ankita ann anna annabel annabell annabella annabelle annabeth annaelle annah annais annalea annalee annaleise
annalena annalia annalie annaliese annalisa annalise annamari annamaria annamarie annamay annarose annastasia anne
annegret anneka anneke anneleen anneli annelie annelies anneliese annelise annelle annelore annelyse annemari
annemarie annett annetta annette anni annia annica annice annick annie anniina annika annikka annikki annina annisa
annissa annita annmarie annora annukka annunziata anny anona anouchka anouck anouk anoushka ansa anselma anthea
antia antigone antionette antje antoinetta antoinette antonela antonella antonetta antonette antonia antonieta
antonietta antoniette antonija antonina anu anum anusha anushka anvi anwen any anya anzhela aoibheann aoibhinn aoife
aparna aphrodite apolline apollonia apolonia apolonija april apryl arabella arabelle araceli aracelis aracely
araminta arancha arantxa arantza arantzazu aranzazu arcadia archana ardelle ardita ardith areeba areej areesha
arelis arely aretha argelia argentina ariadna ariadne ariah ariana ariane arianna arianne ariela ariella arielle
arietta arife arika arina arisa arisha ariyana arja arjeta arla arleen arlena arlene arleta arletta arlette arlinda
arline arlyne armanda armande armandina armelle armida armina arminda arnhild arooj arsema arsenia arushi arwa arwen
aryanna arzu asako asha ashanty ashia ashira ashlea ashlee ashleen ashleigh ashli ashlie ashling ashlyn ashlynn
ashna asia asiya asiyah asiye asja aslaug asli aslihan asma asmaa asmae asra assata assiya assumpta assunta assya
asta astou astrid asya atara athalia athanasia athena athina atika atsuko aubree aubrie aude audra audre audree
audrey audrie audrina audrone augusta augustina auli aulikki aune aura aure aurea aurelia aurelie aurelija auria
auriane aurora aurore ausra austeja autum autumn ava avah avelina aveline avelyn averie aviana avianna avigail avis
aviva avril awa axelle aya ayaat ayah ayaka ayako ayana ayanna ayda ayelet ayesha ayfer ayisha ayla aylah ayleen
aylin ayline aymara aymee ayna aynur ayra ayse aysegul aysel aysenur aysima aysun ayten ayumi azahara azalea azalia
azelia aziza azra azucena azura babette bahar bahia bahija baiba balbina barb barbara barbi barbie barbora barbra
barbro basia basilisa basma batool batoul batsheva batya baya bea beata beate beatrice beatris beatrix beatriz
beauty becca becki beckie becky begona belen belia belinay belinda belkis bella belle belma belva belynda benedetta
benedicta benedicte benigna benita bente berangere berengere berenice berfin berit berivan berlinda bernadene
bernadett bernadetta bernadette bernadine bernarda bernardina bernardine bernice berniece bernita berta bertha
berthe bertille bertina bertine besma bess bessie betania beth bethan bethaney bethanie bethann bethanne bethany
betina betsey betsie betsy bette bettie bettina betty bettyann bettye betul beulah beverlee beverley beverly beyonce
beyza beyzanur bianca bianka bibiana bienvenida biljana bina bintou birgit birgitta birgitte birte birthe birute
biserka bjorg blanca blanche blandina blandine blanka blenda blerina blerta bodil boglarka bogumila bonita bonna
borbala borghild bouchra bozena bracha brandee brandi brandie branka brea breana breann breanna breanne breda bree
breeanna breena brenda brenna bria briana brianda brianna brianne brid bridget bridgett bridgid bridgit brie
brieanna briella brielle brienne briget brigette brighid brigid brigida brigit brigita brigitta brigitte brina
brinda briony brisa briseis brita britanny britany britni britny britta brittaney brittani brittanie brittany
britteny brittney brittni brittny brona bronagh bronislava bronislawa bronwen bronwyn brooklynn bruna brunella
brunhilde brunilda bryana bryanna bryanne bryna brynhild brynna bryony buffy burcu buse bushra busra cacilia cacilie
cadi caela cagla caia caila caileigh cailey cailyn caira cait caitlan caitlin caitlyn caitlynn caitriona cajsa cala
caleigh calie calina calista calla calleigh calli callia callie calliope callista cally caly calypso cambria camelia
camellia cami camie camila camilia camilla camillia cammi candace candela candelaria candice candida candie candis
candise candy candyce caoimhe capri caprice capucine cara carah caralee caralyn caren carene cari caridad carina
carine carinne caris carisa carissa carita carla carlee carleen carlena carlene carletta carley carlina carline
carlita carlota carlotta carly carlye carlyn carlyne carma carme carmela carmelia carmelina carmelita carmella
carmelle carmen carmencita carmina carola carolann carolanne carole carolee carolin carolina caroline carolle
carolyn carolynn carolynne carra carri carrie caryn carys casandra casie casilda casimira cassandra cassia cassie
cassondra cassy cataleya catalina catarina catelyn caterina catharina catharine catherina catherine cathia cathie
cathleen cathrin cathrine cathryn cathy catia catie catina catrin catrina catrine catriona cattleya cayetana cayla
caylee cayleigh caylie cecelia cecile cecilia cecilie cecille cecillia cecily cecylia celena celene celesta celeste
celestia celestina celia celiane celie celina celinda celine celsa cemile cendrine cennet ceola ceren cerina cerine
cerise cerys cesia ceyda ceylin chadia chahinez chaima chana chanda chandni chanel chanell chanelle chani chanice
chantae chantal chantale chante chantel chantell chantelle chara chari charise charissa charisse charita charity
charla charlaine charlee charleen charleigh charlena charlene charlette charline charlise charlize charlott
charlotta charlotte charlyn charlyne charmain charmaine charmane charmayne charmian charna charo charolette chasity
chastity chaya chayma chela chelsea chelsee chelsey chelsi chelsie chelsy chenoa chere cheree cherelle cherice
cherie cherifa cherilyn cherine cherise cherish cherisse cherlyn cherrelle cherri cherrie cherry cherryl cheryl
cheryle cheryll chevelle chevonne cheyanne chiamaka chiara chieko chimamanda chimene china chinyere chioma chiquita
chirine chiyoko chloe chloee chrissa chrissie christa christabel christal christeen christel christele christell
christella christelle christena christene christia christiana christiane christianna christianne christina christine
christyn chrysta chrystal chrystele chrystelle chrystina chyna chynna ciana cianna ciara ciarra cicely cicily
cidalia ciera cierra cigdem cilia cinda cindee cinderella cindie cindra cindy cinta cinthia cinthya cintia cinzia
cipriana cira circe cirila claira claire clara clarabelle claretta claribel clarice clarie clarinda clarine clarisa
clarise clarissa clarisse clarita claudette claudia claudina claudine clea clelia clemencia clementina clementine
cleona cleopatra cleta cliona clodagh cloe clorinda clothilde clotilda clotilde colene coletta colette coline
colleen collette colline concettina concha conni consolacion constance constancia constantina constanza consuela
consuelo contessa cora coral coralee coralia coralie coraline coralyn cordelia cordula coreen corena coretta corina
corine corinn corinna corinne cornelia corrina corrine corrinne corryn cosette cosima coumba courteney courtnie
creola crescencia crisanta crissy crista cristal cristel cristela cristelle cristiana cristie cristina cristine
cristy crysta crystal crystel crystle csenge csilla cvetka cybil cydney cylia cyndee cyndi cyndie cynthia cyntia
cyra cyrielle cyrine czeslawa dacia daenerys dafina dafne dagmar dagmara dagny dahlia daiana daila daina daira
daisey daisha daisie daisy daiva daizy dajana dalena dalene dalia daliah dalida dalila dalina dalinda dalma dalya
damara damaris damarys damiana damita damjana damla danae danah danaya daneen danella danelle danette dania danica
danice daniela daniella danielle danijela danika danise danisha danita danitza daniya danna dannah danniella
dannielle dannika danuta danute danyelle daphna daphne daphnee daphney darcee darcia daria dariana darice darija
darina darine darinka darja darla darleen darlene darline darlyne darya dasha dasia davida davina davinia davita
dawn dawna dawne dayana dayanara dayanna dayla dayna daysi deana deandra deann deanna deanne debbi debbie debbra
debby debora deborah deborrah debra debrah dedra deeann deedee deema deena deepa defne deidra deidre deimante
deirdra deirdre deisy deja dejah dejana delena delfina delia deliah delicia delila delilah delina delinda delisa
delisha della delma delois delora delores deloris delphina delphine demaris demelza demet demetra demetria demi
demitra dena denae deneen denese denia denice denika denisa denise denisha denisse denita denna denyse deolinda
deona dervla desideria desirae desiree desislava despina destinee destiney destini devika devina devona devora
devorah devra deyanira deysi dhriti diamantina diana diandra diane diann dianna dianne diantha didem dierdre dieuwke
digna dijana dila dilara dilek dimitra dimple dina dinah dinorah dionisia dionna dionne disa disha dita diva divina
divya djamila doaa doina dollie dolly dolores dolors domenica dominga dominica dominika domitila domitille dona
donalda donata donatella donatienne dondu donella donetta donette donia donielle donika donita donna donnamarie
donya dora dorcas doreen dorena dorene doretta dorette doriana dorianne dorina dorinda dorine doris dorit dorita
dorka dorota dorotea doroteja dorothea dorothee dorothy dorottya dorrie dorris dorte dortha dorthe dorthea dorthy
dottie dotty douaa dounia dovile draga dragica drahomira drea drita drucilla drusilla duaa duana dubravka dulce
dulcie dulcinea dunia dunja dyana dyani dyann dyanne dympna eabha eadaoin earlene earline eartha ebba ebonee eboni
ebonie ebony ebru ecaterina ece ecrin eda edanur edda edelmira edeltraud edina edita edite edith editha edithe edla
edmee edna edona edra eduarda edurne edwige edwina edyta edyth edythe eesha eeva eevi effie efigenia eglantine egle
egzona eibhlin eija eila eileen eilene eilidh eilis eilish eilleen eimear eira eire eirin eithne eivor ekaterina ela
elaia elaina elaine elana elane elani elanna elanor elara elayna elayne elba elda eldana eldora elea eleah eleana
eleanor eleanora eleanore eleen eleena elektra elen elena elene eleni elenor elenora elenore eleonora eleonore eleri
elesha elfi elfie elfreda elfrieda elfriede elga eliana eliane elianna elianne elice elicia elida eliette elif
eliisa elin elina eline elinor elinore eliora elisa elisabet elisabeta elisabete elisabeth elisabetha elisabetta
elise elisea elisenda elisheva elisia eliska elissa elisse elita eliz eliza elizabet elizabeta elizabete elizabeth
elizaveta elize elizebeth elka elke ella ellah ellamae ellana elle elleanor ellen ellena ellene ellenor elli elliana
ellie ellinor ellisa ellise ellissa ellora ellouise elly ellyn elma elmedina elmina elmira elmire elna elodia elodie
elody eloina eloisa eloise elona elora elouise elowen els elsa elsbeth else elsi elsie elspeth elsy elta elva elvera
elvia elvie elvina elvira elvire elwira elyana elyane elyn elyna elyne elysa elyse elysia elyssa elysse elyssia
elzbieta ema emalee emalie emanuela ember embla emelda emeli emelia emelie emelina emeline emely emelyn emelyne
emerald emerita emese emie emiko emilee emilia emiliana emilie emilienne emilija emiline emillie emilly emily emilyn
emina emine emira emma emmalee emmalyn emmanuela emmanuella emmanuelle emme emmelie emmeline emmi emmie emmily
emmylou emna emogene emy ena enara enaya enedina eneida eniko enisa enma enni enola enora enrica enriqueta enya
eowyn erendira eriana erica ericka erika erikka erina erine erinn erja erla erlinda erma ermina erminia erna ernesta
ernestina ernestine erva eryka erykah eryn erynn erzsebet esha eshal esila esin eslem esma esmae esmanur esmay esmee
esmeralda esmerelda esperanca esperanza essence essie esta estefania estefany estela estella estelle ester estera
esther estrella estrellita estrid eszter etelvina ethel ethelyn etsuko etta ettie etty eudora eufemia eufrasia
eugena eugenia eugenie eugenija eula eulalia eulalie eulogia euna eunice euphemia eurydice eusebia eva evalina
evaline evalyn evana evangelia evangelina evangeline evanna evarista eve evelia evelien eveliina evelin evelina
eveline evelyn evelyne evelynn evelynne everly everlyn evette evey evgenia evi evie evita evolet evonne evy ewa
ewelina eya eydie eyleen ezgi fabiana fabienne fabiola fadia fadila fadime faduma fadumo fadwa fae fahima fahmida
faina faith faiza faizah falon fanchon fanette fani fanni fannie fanny fantasia fany farha farhana farida fariha
farrah farzana fatema fatemeh faten fathia fathima fatiha fatima fatimah fatimata fatime fatma fatmanur fatmire
fatna fatou fatouma fatoumata fatuma fatumata fausta faustina fauve faviola fawn faye fayth fayza fearne febe
federica fedora felecia felica felicia feliciana felicidad felicie felicitas felicite felicity felina felipa felisa
felisha femke fenella feride feriel fermina fernanda fernande ferne feyza ffion fia fidela fidelma filipa filippa
filiz filomena fina finja finola fiona fionna fionnuala fiorella firdaws fiza flavia flavie fleur fleurette flora
florance flore florence florencia florene florentina florentine floretta florette floria floriana floriane florianne
florica florida florie florina florinda florine florita florrie flossie flurina fotini fouzia franca francene
frances francesca franceska francette franchesca francheska francia francina francine francisca franciska francoise
franka franziska fraya freda frederica fredericka frederika frederike fredrica fredrika freeda freida freja freya
freyja frida frieda friederike fritzi froydis fruzsina fuensanta fulvia fumiko funda gabija gabina gabriela
gabriella gabrielle gabrijela gaelle gaetana gaetane gaia gaile gala galia galina galyna gamze ganna garance
gardenia gayane gayla gayleen gaylene geena geeta gema gemma genara genelle genene generosa geneva geneve genevieve
genevive genia genie genna gennifer genny genovefa genoveva genowefa georganne georgeanne georgena georgene georgeta
georgetta georgette georgia georgiana georgianna georgina georgine geovanna geraldine geralyn gerarda gerardine
gerda gerlinde germana gerta gertie gertraud gertrud gertruda gertrude gertrudis gerty gesine ghada ghislaine ghita
ghyslaine giada giana gianella gianina gianna giannina giedre gila gilberta gilberte gilda gilliane gina ginelle
ginette ginevra ginna ginnie ginny gintare giorgia giovana giovanna giovannina gisela gisele gisella giselle
gislaine gissel gisselle gita gitta gitte gitty giulia giuliana giulianna giulietta giuseppa giuseppina gizela
gizella gizelle gizem gladys glena glenda glenis glenna glennis glenys glinda gloria gloriana glynda glynis glynnis
goda golda gordana gozde grace gracelyn gracia graciana gracie graciela graciella gracy grainne grayce grazia
graziella grazina grecia gregoria greta gretchen grete gretel gretha grethe gretta grettel grisel griselda gry
gudrun guilaine guiliana guillemette guillermina gulcan gulsah gulsen gulsum gundula gunhild gunilla gunnel gunnhild
gunvor gurleen gustava guylaine guylene gwen gwenaelle gwenda gwendolen gwendoline gwendolyn gwendolyne gweneth
gwennaelle gwenola gwenyth gwladys gwyneth habiba hacer hadasa hadassa hadassah hadeel hadia hadiya hadja hafida
hafsa hafsah hafssa haidee haifa hailee hailie haizea hajar hajira hajra hala haldis halee haleema haleigh haley
halia halie halima halimah halina halle hallee hallie halyna hamna hana hanaa hanae hanah hanako hanane haneen hania
hanifa haniya hanna hannah hanne hannele hannelore hanya hareem harini harmony harriett harriette haruko hasina
hasna hasnaa hassina hatice hattie hava havana havanna havva hawa hawwa haya haydee haylee hayleigh hayley haylie
hayriye hayrunnisa hazal hazel heather heavenly heba hebe hedda hedvig hedvika hedwig hedwige heena heide heidemarie
heidi heidrun heidy helaina helaine helana heleena helen helena helene helga helia helin helina heline helka hellen
hellevi helli helma heloise helvi henar henna henrietta henriette henrika henrike herlinda hermelinda hermina
hermine herminia herminie hermione hertha hester hettie hetty heydi hiba hibah hibba hidaya hideko hiedi hila
hilaria hilarie hilda hilde hildegard hildegarde hildegunn hildur hilja hilkka hilla hillevi hilma hinda hiranur
hiroko hisako hjordis hoda hodan holli hollie honey honora honorata honorine hoorain hope hortencia hortense
hortensia hosanna houda houria hristina huda huguette hulda hulya huma humaira humayra humeyra husna iana ianna iara
ibtisam iciar ida idalia idalina idania idella idelle idil idoia idoya iesha ieva ifeoma ifrah ignacia iina iiris
ijeoma ilah ilana ilaria ilayda ildiko ileana ileen ilena ilene ilenia iliana ilianna ilinca ilka ilknur illana
illiana illona ilma ilona ilsa ilse ilyana ilyssa ilze imane imelda imma immaculada imogen imogene ina inaaya inara
inaya inayah inci india indie indira indre indya ineke ines inesa iness inessa ineta inez inga ingeborg ingegerd
ingela inger ingri ingrid ingrida ingunn ingvild inka inkeri inmaculada inna inocencia inta ioana ioanna iola
iolanda iona ionela ipek iqra iraida irasema irati irena irene iria iriana irina irine iris irja irlanda irma irmeli
irmelin irmgard iryna isabeau isabel isabela isabell isabella isabelle isadora isaline isatou isaura isela iseult
isha ishani ishika ishita isidra isis isla ismahan isobel isobella isobelle isra israa itxaso itzel iulia iuliana
iva ivana ivania ivanka ivanna ivelisse ivet iveta ivett ivette ivka ivona ivonne ivy iwona ixchel iyana iza izabel
izabela izabell izabella izabelle izaskun izza jaana jacalyn jacelyn jacinda jacinta jacinthe jackelin jackeline
jackelyn jacklyn jaclyn jaclynn jacoba jacqualine jacquelene jacqueline jacquelyn jacquelyne jacquelynn jacquetta
jacquiline jacquline jacqulyn jada jade jadranka jadzia jaela jaelle jaelyn jagoda jaida jaimee jaina jalia jalila
jalina jaliyah jameela jamela jamelia jamila jamilah jamilia jamilla jamillah jamina jana janae janaina janay janaya
janean janee janeen janel janell janella janelle janene janessa janet janeth janett janetta janette janey jania
janica janice janie janielle janina janine janira janise janisha janita janja janna jannah jannat jannet jannett
jannette jannice jannicke jannika jannike jannine janvi janyce jaquelyn jarmila jaroslava jasia jasleen jaslene
jaslyn jasmeen jasmen jasmina jasmine jasminka jasmyn jasmyne jasna jatta javiera jayana jayda jayla jayleen jaylene
jayna jayne jaynie jazmin jazmine jazmyn jazzmin jeana jeane jeanelle jeanett jeanetta jeanette jeanice jeanie
jeanine jeaninne jeanna jeanne jeannette jeannie jeannine jeena jekaterina jela jelena jelica jelka jema jemima
jemimah jemina jemma jenae jenay jenaya jenean jenell jenelle jenessa jenette jenevieve jeni jenica jenice jenifer
jeniffer jenika jenilee jenine jenita jenna jennah jennefer jennelle jennette jenni jennica jennie jennifer
jenniffer jennika jennilee jennine jennipher jenny jennyfer jeny jeraldine jerica jerilyn jerneja jerrica jerusha
jesica jesika jeslyn jessa jessalyn jessamine jessamyn jesseca jessenia jessica jessika jesslyn jessyca jessye
jessyka jesusa jetta jezabel jiana jihane jill jillian jimena jinane jinny jirina jitka joana joane joanie joanna
joanne joannie joaquina joceline jocelyne jodene jodie jodine joelene joella joelle joellen joetta johana johanna
johannah johanne johnette johnna jolanda jolanta jolee joleen jolena jolene jolie jolina jolita jolyn jolynn jonelle
jonette jonie jonna jordana jordanne jordina jorgia jorid jorie jorja jorun jorunn josee josefa josefin josefina
josefine joseline joselyne josepha josephina josephine josetta josette josiane josianne josie josipa josseline
josselyne joumana jovana jovanka jovanna jovita joy joya joyce joycelyn joye jozefa juana juanita judee judie judit
judita judith judy julee julene julia juliana juliane julianna julianne julie julieann julieanne julienne juliet
julieta julieth juliette julija julijana julina juline julisa julissa julita julya jumana jurate jurga jurgita justa
justina justine justyna justyne jutta kaarina kacie kadee kadence kadiatou kadidja kadie kadija kadijah kadriye kady
kaela kaeli kaely kaelyn kaetlyn kahina kaia kaija kailee kaileigh kailey kaili kailie kailyn kaira kaisa kaisha
kaisu kaitlan kaitlin kaitlyn kaitlynn kaja kajal kajsa kala kalea kaleena kaleigh kalena kaley kalia kalie kalina
kalisha kalissa kalista kaliya kalli kallie kallista kaltrina kalya kamelia kamila kamilah kamilla kamilya kanako
kandace kandi kandice kandis kandy kanika kanisha kaori kaoutar karah karalee karalyn kardelen kareema kareena
karelle karena karianne karie karima karimah karin karina karine karinna karinne karisa karishma karissa karita
karla karlee karleen karleigh karlene karley karlie karlina karly karlyn karmele karmen karmin karola karole
karoliina karolin karolina karoline karolyn karren karrie karyn karyna karys kasandra kasha kasie kassandra kassia
kassie kassy kataleya katalin katalina katara katariina katarina katarzyna kate katee katelin kateline katell
katelyn katelyne katelynn katelynne kateri katerin katerina kateryna katey kathaleen katharina katharine katharyn
katheleen katherin katherina katherine katheryn katheryne kathi kathia kathie kathleen kathlene kathlyn kathrin
kathrina kathrine kathryn kathryne kathy kathya kati katia katiana katica katie katina katinka katja katleen katlin
katlyn katlynn katrena katri katrice katrien katriina katrin katrina katrine katryna kattie katty katy katya kavita
kawtar kawthar kaycee kaycie kaydence kayla kaylah kaylea kaylee kayleen kayleigh kaylene kayley kayli kaylie kaylin
kaylyn kaylynn kayna kaysie kayte kaytlin kaytlyn kazimiera kazuko keana keanna keara kecia keela keelie keena keera
keesha keeva keiko keila keilah keily keira keisha keitha keleigh kelia kelis kelisha kellee kelli kellie kellyanne
kellye kelsea kelsi kelsie kelsy kena kenda kendra kendyl kenia kenisha kensie kenza kera keren kerensa kerianne
kerriann kerrianne kerrie kerryn kerstin kerttu keryn kesha keshia kesia ketsia ketty keturah keva kevina kevser
keyana keyanna keyla keyna keyra keysha kezia keziban khadeeja khadidja khadija khadijah khadra khaleesi khalida
khaoula khara khawla kheira khiara khira khloe khristina khrystyna kiana kianna kiara kiarra kiera kierra kiersten
kiesha kiira kimberlee kimberleigh kimberley kimberli kimberlie kimberly kimberlyn kimbra kimia kimie kimiko kincso
kindra kine kinga kiona kirsi kirsteen kirsten kirsti kirstie kirstin kirsty kirstyn kisha kitana kittie kitty kiyah
kiyana kiyoko kizzy kjersti kjerstin klara klarissa klaudia klaudija klavdija klementina kloe konnie konstantina
konstanze korina korinna kornelia kourtney krissa krissy krista kristal kristeen kristel kristell kristelle kristi
kristiana kristiane kristianna kristie kristiina kristin kristina kristine kristy kristyn kristyna krisztina kriti
krysta krystal krystel krystie krystin krystina krystine krystle krystyna ksenia ksenija kubra kumiko kyah kyana
kyanna kyara kyla kylah kylee kyleigh kylene kylie kyllikki kymberly kyna kyoko kyra kyrah kyria kyrsten lacee lacie
ladina ladislava lady laela laeticia laetitia lahna laia laiba laida laila lailah laima laimute laina lainey lainie
lakeisha lakesha lakiesha lakisha lale lalia lalie lalita lalla laly lamees lamia lamiae lamis lamiya lamya lana
lanae lanah lanette lani lania lanie lanika lanita lanna lanya laoise laquita lara laraine lareina larena larina
larisa larissa larraine larysa laryssa latanya latasha latesha laticia latifa latifah latika latina latisha latitia
latonia latonya latoya latrice launa laura lauraine laural lauralee laurane lauranne laure laureana laureen
laureline laurelle laurena laurencia laurene laurentina lauretta laurette lauriane laurianne laurina laurinda
laurine laurissa laurita lauryn lavena lavender lavera lavina lavinia lavonne lawanda laya layah layana layane layla
laylah layna laynie lazara lea leah leana leandra leane leann leanna leanne leanora leasa leatha leatrice leda leea
leeann leeanna leeanne leela leena leesa leesha leeya leeza leia leiah leida leidy leigha leighann leighanne leila
leilah leilani leilanie leina leire leisa leisha leja lejla lela lelah lelia lella lena lenda lene lenette lenia
lenise lenita lenka lenora lenore leocadia leola leona leonarda leonela leonia leonie leonila leonita leonna leonor
leonora leonore leontina leontine leopoldina leopoldine leora leota lera lesha lesia lesli leslye lessie leta
letecia letha leticia letisha letitia letizia letta lettice letticia lettie letty levana levina lexi lexia lexie
leya leyah leyana leydi leyla leylah leyna leyre lezlie lia liah liana liane lianna lianne liara liat liba libbi
libbie libertad libia licia lida lidia lidija lidiya lidwine lidya lieke liesa liesbeth liese liesel lieselotte
liesl liga ligia liina liisa lijana lila lilah lilas lili lilia liliana liliane lilianna lilianne lilibeth lilie
lilija lilijana lilit lilith liliya lilja liljana lill lilla lilli lillia lilliam lilliana lillianna lillianne
lillie lillith lilly lilou lily lilya lilyana lilyann lilyanna lilyanne lina linda lindita lindsy line linea linette
linnea linnette linnie linsey linzi liona liora liria liridona lisa lisabeth lisamarie lisandra lisanne lisbet
lisbeth lise liselotte liset liseth lisett lisette lison lissa lisset lisseth lissett lissette lissie lita liubov
liudmila liudmyla liv livi livia liviana liyah liyana liz liza lizabeth lizandra lizbeth lizeth lizette lizzie lizzy
ljiljana ljubica ljudmila lluvia loana loanne lobna loida loise lola lolita lona lonna lora loraine loralee loralie
lorayne lorea loredana loree loreen lorelai lorelei lorelie lorella lorelle lorena lorene lorenza loreta loretta
lorette lori loriana loriane loriann lorianne lorie lorilee lorina lorinda lorine lorisa lorissa lorita lorna
lorraine lorretta lorri loryn lota lotta lotte lotti lottie louana louane louann louanna louanne loubna louella
louisa louise louisette louiza loula louna lourdes lovely lovina lovisa lovise luana luane luann luanna luanne luba
lubna lucette luci lucia luciana luciane lucianna lucianne lucie lucienne lucija lucila lucilia lucilla lucille
lucina lucinda lucine lucita lucja lucrecia lucrezia lucy lucyna ludivina ludivine ludmila ludmilla ludovica ludwika
luella luigia luigina luisa luisana luise luiza lujain lula luljeta lumina luminita luna lupita lura lurdes lurlene
lurline luz luzia lya lyah lyana lyanna lyanne lycia lyda lydia lydie lykke lyla lylah lylia lyna lynda lyndi lyndia
lyndie lyndsey lyndsie lyne lynelle lynette lynne lynnea lynnette lynsey lyra lysa lysandra lyse lysette lysiane
lyssa lyubov lyudmila lyudmyla lyvia maaike maaret maaria maarika maarit maartje mabel mabelle macarena macie
macrina madalena madalina madaline madalyn madalynn maddalena maddi maddie madeeha madelaine madeleine madelen
madelene madeline madelon madelyn madelyne madelynn madelynne madge madiha madilyn madisson madisyn madlen madlyn
madyson maebh maegan maeghan maela maelia maelie maelis maelle maely maelys maeva maeve mafalda magali magalie
magaly magda magdalen magdalena magdalene magdaline magdeleine magdolna maggie maggy magnhild magnolia maguy maha
mahalia mahika mahima mahira mahlia mahnoor maia maialen maida maider maija maiken maila maile mailen maili maily
mailyn mailys maimouna maimuna maira maire mairead mairi mairin maisa maisey maisha maisie maissa maisy maitane
maite maithe maiwenn maiya maizie maja majda majella majken majorie makala makayla makeba makeda makenna makiko
makyla mala malaika malani malea maleah maleeha maleka malena malene malgorzata malia maliah maliha malika malikah
malina malinda malini malissa maliya maliyah malka mallika mallorie malorie malva malvina malwina mami mamie manaal
manahil manal manda mandee mandi mandie mandy manelle manha manisha manja mannat manolita manon mansi manuela
manuelita manuella mara marah maral maralyn maranda maraya marcee marcela marcelina marceline marcella marcellina
marcelline marchelle marcia marciana marcie marcine marcy maree mareike marella maren marena maresa maretta marga
margalida margaret margareta margarete margareth margaretha margarethe margarett margaretta margarette margarida
margarita margarite margaritha margaux marge margeaux margery margherita margie margit margita margo margorie margot
margret margrete margreth margrethe margrit marguerita marguerite margueritte margy mari maria mariah marialuisa
mariam mariama mariame mariana mariane marianela mariangel mariangela mariann marianna marianne mariannick maribel
maribelle maribeth marica maricarmen maricela maricruz marie mariea marieke mariel mariela marielena mariell
mariella marielle mariellen mariely mariem marieme marieta marietta mariette marigold mariia marija marijana
marijane marijke marika mariko marilee marilena marilene marilia marilin marilla marilou mariluz marilyn marilyne
marilynn marilynne marina marinda marine marinela marinella marinette marinka mariola mariona marisa marisabel
marise marisel marisela marisha mariska marisol marissa marit marita maritsa maritta maritza marium marivel mariya
mariyah mariyam mariza marja marjaana marjana marjane marjeta marjie marjolaine marjolein marjorie marjory marjukka
marjut marketa marketta marla marlaina marlaine marlana marlea marlee marlena marlene marlie marlies marliese
marlina marline marlis marlisa marlise marlyn marlyne marlys marlyse marna marni marnie maroua marquita marrisa
marrissa marry marsha marta martha marthe martina martine martta martyna marua marva marvella marwa mary marya
maryam maryama maryana maryann maryanna maryanne marybel marybelle marybeth marye maryellen maryem maryjane maryjo
marykate marylee marylene marylin maryline marylise marylou marylyn maryna maryrose maryse marysol maryssa maryum
maryvonne marzena marzia masako masal mascha masha massiel matea mathea mathilda mathilde matilda matilde mattea
matylda maud maude maudie maura maureen maurene mauricette mauricia maurine maurita mavis maxene maxima maximina
maxine maya mayah mayana maybelle mayda mayela mayla maylee maylene mayli maylie maylin maylis mayme mayra maysa
maysie mayssa mayte mayumi mazie mckayla mea meabh meagan meara mechelle mechthild meda medea medha medina medora
meegan meena meenakshi meera meeri meg megan megane megann meganne meggan meggie meggy megha meghan meghana meghann
meghna megumi mehak mehgan mehreen mehtap meia meighan meika meike meila meilani meira meisha mekayla melana melani
melania melanie melannie melany melba melda melea melena melia meliah melida meliha melika melike melina melinda
meline melisa melisande melisha melissa melisse melita melitta meliza mellanie mellina mellisa mellissa melodee
melodi melodia melodie melody melonie melony meltem melusine melva melvina melynda melyssa meral mercede mercedes
mercedesz mercedez mercy merete merethe meri meriam merideth meridith meriel meriem merilee merina merinda merisa
merissa merita meritxell merja merlene merlinda merline merna merrie merrilee merrily merryn mervi meryam meryem
meta metka metta mette meva mhairi mia miana micaela michaela michaeline michaella michaelle michala michalina
micheala michela michelina micheline michella michelle michiko mickaela micole midori mie mieke mieko miesha
migdalia migle mignon miguela miguelina mihaela mihika miia miina mija mikaela mikaella mikaila mikala mikayla
mikela mikyla mila milada milagros milagrosa milah milana milania milanka milda mildred mildrid mileena milena
milene milenka miley milia miliana milica milissa milja milka milla millicent millie milly mima mimi mimmi mimosa
mimoza mina minahil minda mindi mindy minerva minette minha minja minna minni minnie minou minta minttu miquela mira
mirabel mirabelle mirah miranda miray mireia mireille mirela mirella miren mireya miriam mirielle mirja mirjam
mirjami mirjana mirka mirlinda mirna mirsada mirta mirte mirtha miruna mirva miryam misaki missy misti misty mitsuko
mitzi mitzie mitzy miya miyah miyoko miyuki modesta modestine modesty moesha moira mojca molli mollie molly momina
mona monalisa monet monette monia monica monika monique monisha monna monserrat montse montserrat monya moona morag
morena morgana morgane morganne moria moriah morna morrigan mouna mounia mounira moya muguette muireann munira
murielle muskaan muskan mya myah myanna mychelle myesha myia myla mylah mylee mylena mylene myra myrah myranda myria
myriam myrna myrta myrtha myrthe naama nabiha nabila nacera nada nadean nadege nadejda nadene nadezda nadia nadiah
nadiia nadina nadine nadira nadirah nadiya nadiyah nadja nadra nadya nadyne naeema naela naelle naema naemi nafeesa
nafisa nafissa nagore nahia nahida nahima nahla nahomi naia naiara naila nailah naima naimah naina naiomi naira
naisha naiya naja najat najia najla najma najoua najwa nakisha nakita nala nalani nalia nalini nallely nanami nancee
nancey nanci nancie nancy nandini nanette nanna nannette nannie nansi naoko naoma naomi naomie naomy narcisa narda
narelle narissa narjes narjis naroa nashla nasia nasima nasra nasreen nasrin nassera nassima nassira nastasia
nastassia nastassja nasya natacha natalee natalia natalie nataliia natalija natalina nataliya natalja natallia
nataly natalya natania natasa natascha natasha natashia natasia natassia nathali nathalia nathalie nathaly
nathanaelle nathania natia natisha navya nawal nawel naya nayana nayara nayeli nayla nayomi nayra naysa nazia nazifa
naziha nazli ndeye nea neah neala neasa nechama necla necole neda nedra neela nefertari nefertiti neha neida neila
neisha nejla nekane nela nelda neli nelia nelida nella nelle nelli nellie nelly nelma nelsy nely nelya nena neola
neoma nerea nereida nerina neringa nerissa nermine nese nesrine nessa nessrine netta nette nettie neus nevaeh neveah
nevena nevenka neyda neyla neysa nezha nia niah niamh niara niccole nichelle nicholette nicholle nickole nicolasa
nicole nicoleta nicoletta nicolette nicolina nicoline nicolle niculina nidhi nidia nienke niesha niina nikisha
nikkita nikole nikolett nikoletta nikolina nikoline nila nilah nilda nilufer nimra nimrah nina nine ninette ninfa
ninni ninon niomi nira nisa nisanur nisha nisrine nissa nita nithya nitza niurka niva nivea nives nivia niya nneka
noami nobuko noela noelani noeleen noelia noeline noella noelle noellie noemi noemie noemy nohemi nohemy nola
nolwenn nona nonie noora nora norah norberta noreen norene noria noriko norina norine norma noura nouria novalee
novella nuala nubia nunzia nuray nurcan nurgul nuria nurit nyah nydia nyesha nyla nylah nyomi nyra nyree nyssa oana
obdulia oceana oceane octavia octavie oddrun odessa odetta odette odile odilia ofelia oihana oksana olaia olatz
olaya oleksandra olena olesya olfa olga olha olinda oline olive olivette olivia oliwia olla olympe olyvia omaima
omaira omayma omayra ombeline ona ondine oneida onelia onna oona oonagh opal ophelia ophelie oriana oriane orianna
orianne orit orlagh orlaith orlane orli orna ornella orsolya otelia othilie otilia ottilia ottilie oumaima oumou
outi oxana ozge ozlem paivi pallavi palmira paloma pam pamala pamela panagiota pandora panka pansy paola paolina
paquita paraskevi parisa pascaline pascuala pasqualina pastora patience patria patrica patricia patricija patrina
patrizia patrycja patti pattie paula paulene pauletta paulette paulien pauliina paulina pauline paulita pavla
pavlina peaches pearl pearla pearle pearlie pearline pearly pebbles peg peggie peggy pela pelagia penelope penne
penni pennie penny peregrina perihan perine perla perle pernilla pernille perpetua perrine persephone persia persis
petra petronela petronella petronila phaedra phebe philippa philippine phillipa phillippa philomena philomene phoebe
phylicia phylis phyliss phyllis pia piedad pierina pierrette piia pilar pilvi pinar pinja piper pippa pipsa pirita
piritta pirjo pirkko pixie placida polina polly pollyanna polona polonca pooja poonam poppie poppy porfiria porscha
porsha portia prachi preciosa preeti prescilla prescillia pricila pricilla princess prisca priscilia priscilla
priscille priscillia prisha priska priya priyanka prudence pura purificacion queen queena queenie quiana quintina
rabab rabia rachael rachal racheal rachel rachele rachell rachelle rachida racquel rada radhika radka radmila
radojka raeanne raechel raelene raelyn raelynn raewyn rafaela rafaella raffaela raffaella raghad ragna ragnhild
rahaf rahel rahela rahima rahime rahma raihana raija raili raimonda raina raisa raissa raiya raizel rajaa rakel
raluca ramatoulaye raminta ramla ramona ramune ranae randa ranee raneem rania raniya rannveig ranya raphaela
raphaella raphaelle raquel raquelle rasha rasheda rasheeda rashelle rashida raveena ravza raya rayah rayanna raychel
rayhana raylene rayna razan reana reanna reanne reba rebbeca rebbecca rebeca rebecca rebeccah rebecka rebeckah
rebeka rebekah rebekka rebekkah rechelle reem reema reena reesa reeta reeva regina regine regla reham rehana reidun
reina reinette rejane reka rekha rella rema remedios remona remziye rena renae renata renate renay renea renee
renetta renita reshma reta retha retta reya reyna rhea rheanna rhiana rhiann rhianna rhianne rhiannon rhoda rhona
rhonda ria riana rianna rianne ricarda riccarda richelle rie rifka rigmor riham rihana rihanna riikka riina riitta
rilla rima rimsha rina rinda riona risa risha rishika rita ritaj ritika ritu ritva rivka rivkah riya roanna roberta
robertine robina robyne rochel rochelle rocio rodica rogelia rohini roisin rokhaya rokia roksana rolanda rollande
romaisa romana romelia romina romona romy rona ronda ronette ronica ronika ronja ronna ronya rosa rosabel rosabella
rosabelle rosalba rosalee rosaleen rosalia rosalie rosalina rosalind rosalinda rosaline rosalva rosaly rosalyn
rosalynn rosamaria rosamond rosamund rosana rosane rosangela rosann rosanna rosanne rosaria rosaura rose roseann
roseanna roseanne roselia roseline rosella roselle roselyn roselyne rosemarie rosemary rosemonde rosena rosenda
rosetta rosette roshelle roshni rosie rosina rosine rosio rosita roslyn rosmarie rosmery rossana rossella roswitha
rosy rowena roxana roxane roxann roxanna roxanne roxi roxie roya roza rozalia rozalyn rozanne rozenn rozina rozlyn
ruba rubi rubie rubina ruby ruchi rufina rukiye rumaisa rumeysa runa ruqayyah rut ruta rute ruth ruthann ruthanne
ruthy ruza ruzena ruzica ryanna rym ryoko saana saanvi saara saarah sabela sabella sabina sabine sable sabreen
sabreena sabrena sabria sabrina sabrine sabryna sachiko sadaf sade sadhbh sadia sadie sadiya saffron safia safiatou
safina safiya safiyah safiye safiyya safiyyah sagal sagrario sahana sahar sahara sahira sahra saida saige saija
saila saima saimi saina saioa saira saisha sajida sakeena sakina sakinah saleena saleha salena saliha salima
salimata salina salli sallie sally sallyann salma salme salome saloni saloua salsabil salvadora salwa samaira
samanta samantha samara samarah samaria samaya samera samia samiah samiha samina samira samirah samiya samiyah
sammantha samra samya samyra sana sanaa sanah sanam sanaya sanda sandee sandhya sandie sandra sandria sandrina
sandrine sanela sania sanita saniya sanjana sanna santina saoirse saori saphia saphira sapna sapphira sapphire sara
sarafina sarah sarahi sarai sarajane saralee saranda saray saraya sareena sarena saria sariah sarika sarina sarita
sariya sarka sarrah saskia satine satomi satu saundra savana savanah savanna savannah saveria sawsan sayaka sayla
sayra sayuri scarlet scarlett scarlette scheherazade seana sebrina sedef seela seema seena seerat sefora segolene
seher seija seila sejal selda selena selene selenia selia selima selin selina selinda seline selma sema semanur
semira semra senada sengul senia senja senta sephora serafina serah seraina serap seraphina seraphine serena
serenity serife serina serine serpil servane setsuko sevda severa severina severine sevgi sevil sevim sevval seyda
seynabou shabana shabnam shada shadia shaela shaena shaila shaily shaima shaina shaira shakila shakina shakira
shakirah shalanda shalimar shalina shalini shama shamara shameka shamia shamika shamira shana shanae shanda shandi
shandra shanee shanel shanell shanelle shanese shania shanice shanie shaniece shanika shaniqua shanique shanise
shanita shaniya shanna shannah shannel shannen shannyn shantae shantal shantay shante shantel shantell shantelle
shanya shaquana shara sharda sharday sharee shareen sharelle sharen sharene shari sharice sharie sharifa sharika
sharina sharise sharisse sharita sharla sharleen sharlene sharline sharlotte sharlyn sharmaine sharmila sharmin
sharna sharon sharona sharri sharron sharyl sharyn shauna shauni shaunna shavonne shawna shawnna shayana shayla
shaylee shaylyn shayma shayna shazia sheana sheena sheila sheilah sheilla sheina shekinah shela shelagh shelah
shelbi shelbie shelda shelia shelina shella shelley shelli shelly shena shenna sheree shereen sherelle sherene sheri
sherice sherida sherie sheril sherilyn sherin sherina sherine sherise sherita sherley sherly sherlyn sherree sherri
sherrie sherrilyn sherry sherryl sheryl sheryll sheryn sheyenne sheyla shiann shianne shiela shifra shilpa shira
shireen shirel shirelle shirin shirlee shirleen shirlene shirley shirly shivani shizuko shona shonda shonna shoshana
shoshanna shpresa shreeya shriya shruthi shruti shyann shyanne siana sianna siara sibylla sibylle sicily sidonia
sidonie sidra sidrah sieglinde siena sienna siera sierra sigita signe sigrid sigrun siham sihame sihem siiri silja
silje silke silvana silvestra silvia silvie silvija silvina silviya simona simonetta simonne simra simrah sinda
sindi sindy sinead sinem sini sinikka siobhain siobhan siofra siomara siona sira sirena siri siria sirin sirine
sirkka sirkku sirpa sissi sitara siti siv siw sixtine siyana skyla sladana sladjana slavica snezana soad socorro
sofi sofia sofie sofija sofiya sofya soha sohvi soila soili solana solange solea soledad soleil solena solene solenn
solenne solfrid soline solveig sona sonal sonali sondra sonia sonja sonsoles sonya sophi sophia sophie sophy sophya
soraia soraida sorcha sorina souad souhaila soukaina soumaya soumeya sriya stacee staci stacia stacie stana
stanislava stanislawa stanka starla stasha stasia stavroula stefani stefania stefanie stefanija stefany steffani
steffanie steffany steffi steffie stela stella stephaine stephani stephania stephanie stephannie stephany stephenie
stephie stephnie sterre stina stine suanne sude sudenaz sue sueann suela suellen suhaila suhana suhayla sukaina
sukhmani sultana sumaiya sumaya sumayah sumayya sumayyah sumeja sumeya sumeyye sumiko summer sundus sunita sunnie
sunniva sunshine supriya suraiya suraya surina susa susan susana susann susanna susannah susanne susette susie susy
suvi suzan suzana suzane suzann suzanna suzannah suzanne suzelle suzette suzi suzie suzon suzy svanhild svea svenja
svetlana svitlana sybil sybilla sybille sydelle sydnee sydnie syeda sylia sylvaine sylvana sylvette sylvi sylvia
sylviane sylvie sylvine sylwia symone synnove synthia syra syria syrine szabina szilvia szofia szonja tabatha tabea
tabetha tabita tabitha tadeja tahani tahira tahirah tahlia tahmina tahnee taiba taija taimi taina taisha takako
takiyah talea taleen talena talia taliah talicia talina taline talisa talisha talissa talita talitha taliya taliyah
tallulah talulah talya tamanna tamara tamarah tamarra tamatha tamaya tameka tamela tamera tamia tamica tamie tamika
tamiko tamila tamina tamira tamisha tammara tammie tammy tamra tamsin tamsyn tamy tamyra tamzin tanaya taneisha
taneka tanesha tania tanika tanisha tanita taniya tanja tansy tanvi tanya tara tarah taria tarina tarja tarra tarrah
tarsha taryn tasha tashina tasia tasneem tasnim tatia tatiana tatianna tatjana tatyana tavia tawnee tawni tawny
tawnya taya tayana tayla tayna teah teala teana teanna tecla tedra teela teena tehila tehilla tehya teija tekla
telia telisha telma temeka tenille tenisha tenley tenna tennille teodora teofila tera tere teresa terese teresia
teresina teresita teressa tereza terezie terezija terhi terina terra terrie teruko tesa tesha tess tessa tessie
tessy tetiana tetyana teuta teya teyana thais thalia thania thea theadora theda theia thekla thelma theodora
theodosia thera theres theresa therese theresia theressa thia thilda thilde thomasina thomasine thora thuy thyra tia
tiana tianna tiara tierra tifani tiffani tiffanie tiffany tiffeny tiffiny tiia tiina tiiu tijana tila tilda tilde
tilia tillie tilly tina tiphanie tiphany tiril tirza tirzah tish tisha tita titania titiana tiya tiziana toinette
toini tomasa tomasina tomika tomiko tomoko tonia toniann tonika tonisha tonja tonje tonya tordis toria toril torill
torunn tosha toshiko touria tova tovah tove tracee traci tracie treasa treena trena tresa tressa tressie triana
tricia trilby trina trine trinette triona trish trisha trista trixie trude trudi trudy tuana tugba tugce tuija tulay
tulin turid tuula tuuli tuulia tuulikki tuva tuyet twila twyla tyanna tyisha tyna tynisha typhaine tyra tytti tyyne
tzipora tzivia ugne uliana ulla ulrica ulrika ulrike umaima una unn ursina ursula urszula urte uschi usha ute uxia
uzma vada vaiana vaida vaishnavi vaiva valarie valbona valborg valda valena valencia valene valentina valentyna
valeria valeriana valerie valeriia valerija valeriya valeska valetta vallerie valma valorie valrie vana vanda vanesa
vanessa vania vanina vanita vannesa vannessa vappu varsha varvara vashti vasiliki vayda veda veena veerle velda
velina vella velma vendela venecia venera veneranda venessa veneta venice venise venita venla venus vera verda
verena verene verenice verica verity verla verna vernice vernita verona veronica veronika veronique vesna vesta
viana vibeke vibha vicenta vickey vicki vickie vicky victoria victoriana victorina victorine vida vidhi viena vienna
viera vigdis viivi viktoria viktoriia viktorija viktoriya vilhelmina vilija vilja vilma vina vincenza vinita viola
violaine violet violeta violetta violette viona viorica virgilia virgina virginia virginie virginija viridiana virna
virpi virve vitalija vitoria vittoria viveca viviana viviane vivianna vivianne vivica vivienne vjollca vladislava
vlora volha vonda vonetta vreni wafa wafae wahiba walburga waleska waltraud waltraut wanda waneta wanita warda
wenche wendi wendie wendy weronika widad wiebke wieslawa wiktoria wilda wilhelmina wilhelmine wilhemina willa willow
wilma winifred winnifred winona wioletta wladyslawa wynona wynter xana xanthe xaviera xena xenia xiana ximena
xiomara xochitl yadira yaelle yaffa yahaira yaira yaiza yajaira yakira yamila yamile yamilet yamileth yamina yamna
yana yanelis yanet yanina yanira yanna yaquelin yara yaren yaritza yasemin yashica yasmeen yasmin yasmina yasmine
yassmin yassmine yasuko yazmin yazmine yelena yelitza yenifer yennifer yenny yesenia yesica yesim yessenia yessica
yetta ylenia yliana ylva yoana yoanna yocheved yohana yola yolaine yolanda yolande yoselin yoshiko yosra youmna
youna yousra youssra yovana ysabel ysabella ysabelle ysaline yseult yui yuka yukari yukiko yulia yuliana yuliya yumi
yumiko yumna yuna yuriko yusra yvana yvanna yveline yvelise yvetta yvette yvone yvonna yvonne zaara zabrina zada
zadie zahara zahava zahia zahira zahra zahraa zahrah zaia zaida zaina zainab zaineb zaira zakia zakiya zakiyah
zamira zandra zanna zara zarah zaria zarina zayna zaynab zaynah zayneb zayra zdena zdenka zeena zeenat zehra zeina
zeinab zeineb zelda zelia zelie zeliha zella zelma zena zenab zenaida zenaide zendaya zenia zenobia zeynab zeyneb
zeynep zhanna zillah zina zinaida zineb zinnia ziona zipporah zita ziva zivile zlata zoa zoe zoee zoey zofia zoha
zohra zoi zoia zoie zoila zoja zonia zophia zora zorah zoraida zoraya zorica zorka zosia zoulikha zoya zsanett
zsofia zsuzsa zsuzsanna zubeyde zula zuleika zuleima zulema zuleyha zuleyka zuleyma zully zulma zumra zunaira zuzana
zuzanna zvonka
""".split()
)

MEN = frozenset(
    """
aadam aaden aadi aadil aaditya aage aahil aamir aapo aaran aarav aariz aarne aarno aaro aaron aarron aarush aaryan
aasim aatos aatto aayan aayush abbas abd abdalla abdallah abdel abdelali abdelaziz abdelfattah abdelghani abdelhadi
abdelhafid abdelhak abdelhakim abdelhalim abdelhamid abdelilah abdeljalil abdelkader abdelkrim abdellah abdellatif
abdelmalek abdelmalik abdelrahman abdennour abdenour abderahman abderrahman abderrahmane abderrazak abdeslam
abdessamad abdi abdias abdiel abdifatah abdirahman abdon abdou abdoul abdoulaye abdoulie abdoullah abdourahmane
abdul abdulahi abdulaziz abdulkadir abdulla abdullah abdullahi abdulmalik abdulrahman abdur abdurahman abdurrahman
abe abed abel abelardo abhay abhinav abhiram abhishek abiel abilio abimael abner abou aboubacar aboubakar abraham
abrahan abrahim abram abu abubakar abubakr abundio ace achille achilles achim achraf adal adalbert adalberto adam
adamo addam adeel adelino adem adham adian adib adil adin adis aditya adlai adler admir adnan adnane adolf adolfo
adolph adolphe adolphus adon adonis adriaan adrian adriano adrianus advait advik aedan aeden affan afonso afrim
agapito agim agnar agostinho agostino agoston agron agusti agustin ahaan ahad ahcene ahmad ahmadou ahmed ahmet ahren
ahsan ahti ahyan aidan aiden aimar aimeric aimo aitor ajay ajdin akash akbar akeem akhil akif akil akim akin akio
akiva akli akos akram aksel akseli akshar akshay alain alan alaric alarik alasdair alassane alastair alban albano
albaro alberic albert alberto albertus albin albino albrecht alcides aldair alden aldin aldo aldon aldric aldrich
aldrin aleandro alec aleck aled aleem alejandro alejo aleksandar aleksander aleksandr aleksandras aleksandrs
aleksanteri aleksej aleksey aleksi alen ales alesandro alessandro alessio alexandar alexander alexandr alexandre
alexandro alexandros alexandru alexei alexey alexsander alexzander alf alfio alfons alfonse alfonso alfonzo alford
alfred alfredo alger algernon algimantas algirdas algis algot aliaksandr alieu alim aliou alioune alipio alireza
alistair alister allain allal allan allen allister almin almir almon alois alojz alon alonso alonzo aloys aloysius
alp alparslan alper alperen alphons alphonse alphonso alphonsus alric alston altin alton altti alvan alvar alvaro
alvin alvis alwin amaan amaar amadeo amadeu amado amador amadou amalio amancio amando amanuel amaro amaru amaury
ambroise ambrose ambrosio amed amedee amedeo ameen ameer amelio amer americo amerigo amias amilcar amin amir amjad
ammaar ammar amogh amos amr amund anacleto anakin anand anas anass anastacio anastasio anastasios anatol anatole
anatolii anatoliy ander anders anderson andon andoni andor andras andre andreas andrei andrej andrejs andres andreu
andrew andrews andrey andrii andrija andrik andrin andris andrius andriy andry andrzej aneurin angad angelino
angelito angello angelo angelos angus anibal aniceto aniello anil anirudh anish ankit ankur anouar ansel anselm
anselmo ansgar anssi antal antanas antero anthime anthon anthony anto antoin antoine antolin anton antone antonello
antoni antonin antonino antonio antonios antonis antonius antony antti antton antuan antun antwan antwon anuar anuj
anwar anxo aodhan apolinar apollo apostolos aqeel aqib aquiles aquilino arafat aramis aras arash arber arcadio
archer archibald archie ardian ardit are arend argimiro aric arif arik arild aristeo aristide aristides aristotle
aritz arjan arjen arjun arkadiusz arkady arkaitz arlan arlindo arlo armaan arman armand armando armas armen armend
armin armindo armon armond arnaldo arnau arnaud arnauld arnav arne arnel arnfinn arnie arno arnold arnoldo arnost
arnstein arnt arnulf arnulfo aron arpad arran arron arsalan arsen arsene arsenio arsh arshad arsim arslan art artan
artem artemio artemus arthur arthus artin arto arttu artur arturas arturo artus artyom arun arush arve arvid arvin
arvind arvo arvydas aryan aryeh asaad asad asael asaf asbjorn aser asgeir ashar asher ashish ashok ashur ashvin
ashwin asier asif asim asko aslak aslan asmir asmund assad assane asser aston atakan atanas atanasio atef athanase
athanasios atharv atif atilano atle atso atsushi atte attila attilio audric audun augustin augustino augusto
augustus aulis aurelian aureliano aurelien aurelio aurelius aurimas auron auston avelino avi aviel avigdor avinash
avner avraham avram avrohom awais axel axl ayad ayaz ayden aydin ayham aykut ayman aymen aymeric ayoub ayrton ayub
ayush ayyoub ayyub azaan azad azael azan azeem azim aziz azlan azzeddine babak bachir bader badis badreddine bajram
bakari bakary balazs balbino baldomero baldwin balint baltasar baltazar balthasar balthazar baptiste barak bard
baris barnabas barnabe barnaby barney barnie baron barrett barrington barron barry bart barthelemy bartholomaus
bartholomew bartlett bartlomiej bartolome bartolomeo barton bartosz baruch basel bashir bashkim basil basile basilio
bassam bassem bassirou bastien batiste battista batuhan baudilio baudouin bautista baxter bayram bayron bear beat
bechir bedford bedirhan bedrich bekim bekir belal belarmino belisario ben benaiah benaissa benard benas bence
bendeguz bendik benedek benedetto benedict benedicto benedikt benet benett bengt beniamin benicio benigno benito
benjamen benjamin benji benjie benjy benn bennett benno benny beno benoist benoit benoni benson bentley bently
benton benyamin benzion berat berenger berk berkan berkay bernabe bernard bernardin bernardino bernardo bernat bernd
berndt bernhard bernhardt bernt bert bertalan berthold bertil bertin berton bertram bertrand besart besim bibiano
biel bienvenido bijan bilaal bilal bilel bill billal billy binyamin birger birk bishop bixente bjarne bjarte bjorn
bjornar blade bladimir blai blain blaine blane blas blerim boaz bob boban bode bodhi bogdan bogomir boguslaw bohdan
bohumil bohuslav boldizsar boleslaw bonaventure bonifacio booker bor borge boris borislav borja borje borre boruch
borut borys bosco botond boubacar bouchaib boy boyce boyd bozidar brad bradd braden bradford bradley bradly brady
bradyn braeden braedon brage brahim braian brais bram brandan branden brando brandon brandt brandyn branimir
branislav branko brannon branson brant brantley braulio brayan brayden braydon brayton brendan brenden brendon
brennan brennen brennon brent brenton bret brian brice brien brieuc brion broc brock broderick brodrick bronislaw
bronson bror bruce bruno bryan bryant bryce brycen bryden brynjar bryon bryson buck buckley bucky bud buddy buford
bujar bunyamin burak burhan burim burkhard burl burns burr burt burton buster butch byran byron cade caden caeden
cael caesar caiden cain cainan caine caio caius calan cale caleb calixto callen callum calogero calum calvert calvin
camillo camilo camron candelario candido caner cannon caoimhin caolan carl carles carleton carlito carlitos carlo
carlos carlton carlyle carmelo carrick carsten carter carver casiano casimir casimiro cason caspar casper cassian
cassius castiel casto castor cataldo cathal cavan cavin cayden cayetano cayo ceasar cecilio cedric cedrick cedrik
ceferino celal celedonio celestin celestino celian celio celso cem cemal cemil cengiz cephas cesar cesare cesareo
cesc cezar cezary chace chad chadd chadi chadwick chafik chaim chancellor charbel charles chase chauncey chayton
chaz cheick cheikh cherif chester chet chetan chico chip chirag chistopher chretien christer christiaan christian
christo christof christofer christoffer christoper christoph christophe christopher christos chrystian chuck
chukwuemeka cian ciaran cicero cieran cillian cinar ciprian cipriano ciriaco ciril cirilo ciro clark claudio claudiu
claudius claus clay clayton clemens clement clemente cleon cletus cleve cleveland cliff clifford clifton clint
clinton clive clotaire clyde coen colas cole coleman colin collin colm colman colson colt colten colton colum colvin
conal conall conan conlan conn conner connor conor conrad conrado constancio constant constantin constantino
constantinos conway corban corben corbett corbin corbyn cord cordell corentin cormac cornel cornelio cornelis
cornelius corrado corsin cort cortez corvin corwin cosimo cosme costantino costel craig creed crescencio crisanto
crispin cristhian cristian cristiano cristino cristo cristobal cristofer cristopher csaba csanad csongor cuauhtemoc
cullen curdin curt curtis curtiss custodio cvetko cyle cyprian cyprien cyril cyrill czeslaw daegan dafydd dag
dagfinn dagoberto daimon daisuke daithi daksh dalan dalibor dallan dalton dalvin damaso dameon damian damiano damien
damijan damion damir damon damond damyan danial daniel danielius daniil danijel danil danilo danish daniyal danny
dante danut danyal danzel daoud daouda daragh dardan darek daren dario darius dariusz darko darnell darragh darran
darrel darrell darren darrick darrin darrion darrius darron darryl darryll darsh darshan darvin darwin dashawn
dashiell dathan daud dave davian david davide davidson davie davin davis davit davor davorin davud davy dawid dawood
dawson dawud dax daxton daymon daymond dayne dayron dayton deaglan dean deangelo declan deegan deepak deforest deion
deividas dejan delano delbert delfino delio delmer delon delos delroy delton demar demarco demarcus demario demba
demetre demetri demetrio demetrios demetrious demetrius demian demir demitri demond denes denilson denis dennis
denton denver denzel denzil dereck derek deric derick derik derk dermot derrek derrell derrick derrik derron derryl
derwin deryck deryk desean deshaun desiderio desmond detlef detlev devansh devante dewayne dex dexter deyan dezmond
dezso dhruv diar diarmuid dick dickson didac didier didrik diego dieter dietmar dietrich dijon dillan dillen dillon
dimas dimitar dimitri dimitrios dimitris dimitrius dimitry dinesh dino diogenes diogo dionicio dionisio dirk dixon
diyar djamal djamel django djibril djilali dmitri dmitrij dmitriy dmitry dmytro dogan dogukan dolan domas domen
domenic domenick domenico domenik domingos dominic dominick dominico dominik dominykas domonic don donaciano donal
donald donat donatas donatien donato donavon donivan donn donnacha donnell donnie donovan donta dontae donte doran
dorman doron doroteo doruk doug dougie douglas douglass dov dovid dragan drago dragomir dragos dragutin drake dre
dries drilon driss dryden duane duarte duc dudley duke duncan duran durand durrell durward durwin dusan dustin
duwayne duy dwain dwaine dwane dwayne dwight dwyane dylan dylon dyson eamon eamonn earl earle earnest earvin eason
easton eban eben ebenezer eber eberhard ebrahim ebubekir eckart eckhard ed eddie eddison eddy edelmiro edgar edgard
edgardo edilberto edinson edis edison ediz edmon edmond edmund edmundo edo edoardo edouard edric edrick edsel edson
eduard eduardo edvard edvin edward edwardo edwin edwyn eeli eelis eemil eerik eero eetu efraim efrain efrem efren
egan egemen egidio egil egon egor egzon ehab ehren eidan eiden eilif einar einari eion eirik eitan eithan eivind
ekaitz ekkehard ekrem eladio elbert eldar elden elder eldin eldon eldred eldridge eleazar eleuterio elhadj elhadji
eliab eliakim eliam eliano elias eliaz eliecer eliel eliezer eligio elihu elijah elimelech elio elion eliot eliott
elisardo elisei eliseo eliu eliud eliyahu eljas elliot elliott ellsworth ellwood elmar elmer elmo elmore elof eloi
elon elouan eloy elpidio elric elroy elston elton elvir elvis elwin elwood elyas elyes emad emanuel emeka emeric
emerick emerik emeterio emidio emiel emigdio emil emilian emiliano emilien emilio emin emircan emirhan emmanuel
emmet emmett emmit emmitt emrah emran emre emrik emrys ender endre endrit endy eneko enes engelbert enio ennio enoch
enos enric enrico enrique ensar ensio enver enzo eoghan eoin ephraim ephrem epifanio erasmo erasmus eray ercan
ercole erdal erdem erek erhan erhard eriberto eric erich erick erickson ericson erik erion erkan erkka erkki erland
erlend erling erman ermias ermin erminio ernest ernesto ernie erno ernst erol errol erroll erskine ertugrul ervin
erving erwan erwann erwin eryk esad esaias esau esben eshaan eshan eskil esko esmond espen estanislao esteban
estevan esteve eston ethan ethann ethen etienne ettore euan eufemio eugen eugene eugeni eugenio eugeniusz eulalio
eusebio eustace eustaquio eutimio evald evaldas evan evander evangelos evariste evaristo evelio evens everardo
everett everette evert everton evgen evgenii evgenij evgeny ewald ewan ewen eyad eyal eymen eytan eythan eyup eyvind
ezechiel ezekiel ezequiel ezio ezra ezriel fabian fabiano fabien fabio fabrice fabricio fabrizio facundo fadel fadi
fadil fady fahad fahd fahed faheem fahim faical faisal faiz faizan falk fallou faouzi faraz fareed fares farhaan
farhad farhan farid faris farouk farris faruk fatah fateh fatih fatmir faton faustin faustino fausto favio fawaz
fawzi faycal faysal federico feliciano felicien feliks felip felipe felix felton fenton feras ferd ferdi ferdinand
ferdinando ferenc fergal fergus ferhat ferid fermin fernand fernando ferran ferruccio festus fethi fidel filemon
filiberto filip filipe filippo fillip finbar finbarr finian finn finnian fintan fiorenzo firas firat firmin fitim
fitzgerald flamur flavian flavien flavio flemming fletcher fleury flint floran florencio florent florentin
florentino florian florim florimond florin floyd flurin flynn fode fons ford forrest fortunato foster fouad foued
fouzi fox franc francesc francesco francisco franciscus francisque franciszek franck francky franco francois franjo
frank franklin franklyn franko franky frans fransisco frantisek frantz franz fraser frazer fred freddy frederic
frederich frederick frederico frederik fredric fredrick fredrik fredy freeman frej friedhelm friedrich frits fritz
frode froilan fuad fulgencio fulvio furkan fynn fyodor gabe gabin gabino gabor gabriel gabrijel gad gadiel gaetan
gaetano gage gaius gaizka galo galvin gamal gamaliel ganesh gani gard gareth garett garey garfield garion garon
garren garret garreth garrett garrick garrison garry garth garvin gary gaspar gaspard gaspare gasper gaston gatien
gaudencio gaurav gautam gaute gauthier gauvain gavan gaven gavin gavino gavriel gaylord gazmend gearoid geary
gebhard gedeon gediminas geert geir gellert genaro generoso gennady gennaro geo geoff geoffery geoffrey geoffroy
geoffry georg georges georgij georgio georgios georgiy geovani geovanni gerad gerald geraldo gerard gerardo gerardus
geraud geremy gergely gergo gerhard gerhardt german germano gernot gerold gerome geronimo gerrard gerrit gershon
gerson gervais gervasio gery gethin geza ghassan gheorghe ghislain giacinto giacomo giampiero gian giancarlo
gianfranco gianluca gianluigi gianmarco gianni gibran gibril gibson gideon giel gifford gijs gil gilad gilbert
gilberto gildardo gildas giles gilles gillis gilmore gines gino gintaras gintautas gioacchino gioele gion giordano
giorgio giorgos giovan giovani giovanni giovanny girolamo giulian giuliano giulio giuseppe gjermund gleb glen
glendon glenford glenn glover godefroy godfrey godwin gokhan goncalo gontran gonzague gonzalo goran gorazd gordan
gorden gordon gorka gorman gottfried gotthard gottlieb gottlob gotz graciano grady graeme graham graig grant gratien
graydon grayson graziano greg grega gregg gregoire gregor gregori gregorio gregory greig griff griffin grigore
grigori grigorii grigorij grover gruffydd grzegorz gualberto gudmund guerino guglielmo guido guilford guilhem
guilherme guillaume guillem guillermo guiseppe gumersindo gunnar gunner gunter gunther gus gust gustaf gustav
gustave gustavo guttorm guy gwendal gyorgy gyula haakon habib hacene haci haden hadi hadj hadrian hadrien hafid
hafiz hagan hagen haidar haider haig haim haitham hakan hakeem hakim hakon hal halid halil halim halit hallgeir
hallvard halvard halvor hamad hamadi hamed hamid hamidou hamilton hamish hammad hampus hamza hamzah hanad haneef
hanif hank hannes hannibal hanno hanns hannu hans hansel hanspeter hansruedi hansueli harald hardie harding hardy
hari haris harish harlan harland harm harmon harold haron haroon haroun harouna harris harrison harrold harry
hartmut hartwig harun haruo haruto harvey harvie hasaan hasan haseeb hashem hashir haskell hasnain hassan hassane
hassen hatem hatim havard haydar hayder hayk hayward haywood hazael hazem hazim heath heber hebert hector heikki
heiko heimo heiner heinrich heinz hektor helder helio heliodoro helios hellmut hellmuth helmer helmut helmuth hemmo
hendrick hendrik hendrix henk henning henri henrick henricus henrik henrikki henrique henry henryk heraclio herb
herbert herbie herby hercules heribert heriberto herman hermann hermenegildo herminio hernan herold herschel hersh
hershel herve hervey herwig hesham hezekiah hicham hichem hideo hieronymus higinio hilario hilarion hilbert hilding
hillard hillel hilliard hilmar hilmer hipolito hippolyte hiram hiroki hiroshi hiroto hiroyuki hisham hitoshi hjalmar
hobart hocine hogan holden holger homer homero honorato honorio horace horacio horatio horst hosea hossam hossein
houari houcine houssam howard howie hoyt hristo hubert hubertus hudson hugh hughie hugo hugues humberto humphrey
humza hunor husain husam husayn husein huseyin husnain hussain hussein huw huxley huy huzaifa iago iain ian ianis
iban ibn ibraheem ibrahim ibrahima ichiro idan idar idir idrees idris idriss iestyn ieuan ifan ignac ignace ignacio
ignacy ignas ignasi ignatius ignaz ignazio igor ihor iikka iiro iivo ikechukwu iker ilan ilari ilario ildefonso
ilian ilias ilie ilies ilija ilir ilker ilkka illan ilmari ilpo ilya ilyan ilyas ilyass ilyes imaad imad imanol imed
imer immanuel imraan imran inaki indalecio ingemar ingmar ingo ingolf ingvald ingvar inigo innocent inocencio
inocente ioan ioannis ionel ionut iosif ireneusz irfan irvin irvine irving irwin isaac isaak isabelo isac isael isai
isaiah isaias isaie isak isam isamu isao ishaan ishak ishan ishaq ishmael isiah isidor isidore isidoro isidro
ismaeel ismael ismail ismaila ismet ismo isreal issac issak issam istvan itai italo itamar iulian iurii ivan ivano
ivar ivaylo iven iverson ivo ivor iwan iyad izaac izaak izaiah izak izan izet izidor iztok jaafar jaakko jaan jabari
jabbar jabier jabir jabril jace jacek jacint jacinto jack jackson jacob jacobo jacobus jacoby jacopo jacques jadon
jaeson jafar jagger jago jaheim jahid jahir jahleel jahmal jaidon jair jairo jairus jaison jake jakob jakobe jakov
jakson jakub jalal jaleel jalil jalmari jamaal jamal jamar jameel jamel jamen james jamiel jamil jamir jamison janez
janko jannes jano janos janosch janusz jaouad japheth jaquan jaques jarad jared jarek jarel jarell jaret jarett jari
jarkko jarl jarle jarmo jarno jaro jarod jaromir jaron jaroslav jaroslaw jarrad jarred jarrell jarren jarret jarrett
jarrod jarron jarvis jaryd jase jasen jasim jasir jason jasper jasraj jasson jaume javan javed javen javi javid
javier javin jawad jawed jaxon jay jaydon jayke jaylon jayson jeanpierre jeb jed jedd jedediah jedidiah jef jeferson
jeff jefferey jefferson jeffery jeffrey jeffry jefrey jehu jelani jemal jenaro jens jenson jeoffrey jeppe jerad
jerald jeramy jerard jered jerel jerell jereme jeremey jeremi jeremiah jeremias jeremie jeremy jerico jeriel
jerimiah jermain jernej jerod jeroen jerold jerome jeromy jeron jeronimo jerred jerrel jerrell jerrod jerrold jerson
jesper jesus jetmir jeton jevan jevon jhonatan jhonathan jhonny jhony jibran jibril jim jimmy jimy jiri jiro joab
joachim joacim joah joakim joao joaquim joaquin joas jobe jochen jock joe joel joeri joeseph joesph joffre joffrey
jofre johan johannes john johnatan johnathan johnathon johnny johnpaul johnson johnston johny jokin joko jomar jon
jonael jonah jonas jonatan jonathan jonathen jonathon jonn jonnathan jonny jonpaul jonty joona joonas joost joppe
jordi jordon joren jorg jorge jorgen jorian joris jorje jorma jorn josafat josef joselito josep joseph josephus josh
joshua joshuah josiah josias josip josse jost jostein josu josua josue jotham jouko jouni jovan jovanni jovanny
jozef jozo jozsef juan juanito jubal judah judas judd juha juhana juhani jukka julen julian juliano julien julio
julius juliusz junaid junayd junior juozas juraj jure jurg jurgen jurgis jurij juris jussi justen justin justiniano
justino justo justus justyn jusuf juuso juvenal juventino juwan jyri jyrki kaan kaarlo kabir kacem kacper kadeem
kaden kadir kaeden kagan kahil kahlil kaiden kail kaiser kaito kaius kaj kajetan kajus kaleb kaled kalel kalem
kalervo kalevi kalib kalid kalil kallum kalman kalum kalvin kamal kamau kamden kamel kamen kamil kamran kamron kane
kareem karim karl karlheinz karlis karlo karlos karolis karsten karthik kartik kash kashif kasim kasimir kason
kaspar kasper kaspian kassem kauko kavan kavi kawika kaylem kayson kayvon kazim kazimieras kazimierz kazuo kazys
kealan kean keanan keane keano keanu keenan kees keifer keiran keiron keisuke keith kelian kellan kelton kelvin
kelvyn kemal kemar kemp ken kenan kendon kendric kendrick keneth kenji kenn kennan kennard kennet kenneth kenney
kennith kenny keno kenric kenrick kent kenta kentaro kentin kento kenyon kenzo keon kerem kerim kern kervin kerwin
keshav kester kestutis ketil kevan keven kevin kevon kewin keyaan keylan keyon keyshawn keyvan khadim khaled khaleel
khalid khalif khalil khaliq khan khang khary kiaan kian kiel kieran kieron kieth kile kilian killian kilyan kimmo
kimo kinan king kingsley kingston kip kiril kirill kirk kirt kishan kiyan kiyoshi kjartan kjell kjetil klaas klas
klaus klayton klemen klemens knox knud knut koby koen kofi kohen koichi koji koldo kole kolin kolton konrad konsta
konstantin konstantinos konstanty koray korben korbin kornel kornelius kort kosta kostas kraig krasimir krish
krishan krister kristian kristijan kristjan kristof kristofer kristoff kristoffer kristofor kristopher krystian
krzysztof ksawery kuba kujtim kumar kuno kurt kurtis kushal kushtrim kustaa kwabena kwaku kwame kwasi kwesi kylian
kylo kynan kyosti kyron kyrre laban labinot lachlan ladislao ladislav ladji lahcen laird laith lajos lakhdar lalo
lambert lamberto lamin lamine lamont lance lancelot landen landon langdon langston larbi laron larry lars larson
lassana lasse lassi laszlo lateef latham latif laureano laurens laurent laurentino laurentiu laurentius laurenz
lauritz lauro lautaro lawerence lawrance lawrence layth layton lazar lazare lazaro lazarus lazer leander leandro
leart lebron lech ledion leeroy leevi leif leiv leland lelio lemuel lenard lenin lennart lennert lenwood leo
leobardo leocadio leon leonard leonardo leonas leoncio leonel leonhard leonid leonidas leopold leopoldo leovigildo
leron leroy lester leszek lev levan levent levente levi levin levon lewie lewis lewys leyton liam lias liberto libor
liborio linas lincoln lindon linford lino linus linwood lion lionel lionell lionnel liridon lisandro liston livio
liviu ljubo llewellyn lleyton llorenc lloyd lluis loay lochlan lochlann lode lodovico loic loick loik lokman lorant
lorcan lord lorentz lorenz lorenzo lorik lotfi lothar louay loucas louis loukas lounes lovro lowell loyd lubin
lubomir lubos luc lucan lucas lucciano lucian luciano lucien lucio lucjan lucus ludger ludo ludovic ludovico ludvig
ludvik ludwig ludwik luigi luis luiz lukas lukasz luke lulzim luqman luther lutz lyes lyle lyman lyndon lyon lyonel
lysander maalik maarten mac macario macaulay maceo maciej mack maddox madhav madjid mads magdaleno magid magnar
magne magnus mahad mahamadou mahamed mahdi maher mahesh mahir mahmood mahmoud mahmud mahmut maik maikel majed majid
major makaio maksim maksimiljan maksym maksymilian malachi malachy malakai malcolm malcom maleek malick malik maliq
mamadi mamadou mamady mamoudou manasseh manav manfred manley manning mannix mano manoel manoj manolo manson mansoor
mansour mansur mantas manuel manus marat marc marcal marceau marcel marcelin marcelino marcellin marcello marcellus
marcelo marcial marciano marcin marcio marck marco marcos marcus marek margarito mariano marijan marinko marino
marinus mario marios marius mariusz mark markel markell markku marko markos markus marlon marouan marouane marque
marquis marshall marten martial martijn martim martin martino martins martinus martti martyn martynas marven marvin
marwan marwane marwin marx masahiro masao masaru masato masayuki mason massimiliano massimo massinissa masud matan
matas mate mateen matei matej mateo mateu mateus mateusz matheo matheus mathew mathias mathieu mathijs mathurin
mathys matias matic matis mats matt matteo matteus mattew matthaus mattheo matthew matthews matthias matthieu
matthijs matthis matthys mattias mattin mattis matts matvey matyas mauno maurice mauricio maurilio maurits mauritz
maurizio mauro maurus maury maverick mavrick max maxence maxfield maxim maximiano maximilian maximiliano maximilien
maximillian maximillion maximin maximino maximo maximos maximus maxton maxwell maynard mayron mayson mazen mazin md
medard medardo mederic medhi mehdi mehdy mehmed mehmet mehran meinrad meir melchior melchor melih melik meliton
melker melquiades melton melville melvin melvyn melwin menachem menahem mendel menelik menno mergim mert mervin
mervyn merwan merwin meshach messaoud messiah mesut metehan metin metod mevlut meyer mhamed micael michael
michaelangelo michail micheal michelangelo michiel mickael mickel mico mieczyslaw migel miguel mihael mihai mihail
mihailo mihajlo mihaly mihir miikka mikaeel mikael mikail mike mikeal mikel mikey mikhael mikhail mikkel mikko
miklos mikolaj milad milenko miles milford milko millard milo milorad milos miloslav milosz miloud milovan milton
mimoun mindaugas miodrag miquel mircea mirco mirko miro miron miroslav miroslaw mirsad misael mitch mitchel mitchell
mitja mitsuo mladen moad modesto modibo modou mohamad mohamadou mohamed mohammad mohammed mohan mohand mohd mohit
mohsen mohsin moise moises moishe mokhtar moncef montague montgomery monty moosa morad mordecai mordechai moreno
moris moritz morris morten mortimer morton mory moses moshe mosheh mosiah mostafa mostapha mouad mouhamadou mouhamed
mouhammad moulay mounir mourad mousa moussa moustafa moustapha muad muaz mucahit muhamad muhamed muhamet muhammad
muhammed muhammet muharem muharrem muhsin mujahid mujtaba mukhtar muneeb munir murad murat murray murry murtaza musa
musab mustafa mustapha mychael mykhailo mykola mykolas myles myron naaman nabeel nabil nabor nacer nachman nacho
nadav nadeem nader nadim naeem naftali nahel nahim nahom nahuel nahum naim najib naman nando nandor naoki naoufal
naoufel napoleon narayan narcis narciso narek naser nash nasir nasser natalio natan natanael nataniel nate nathael
nathan nathanael nathanel nathanial nathaniel nathen nathon natnael naveed navid nawfal nawfel nayel nazaire nazim
nazir neal nebojsa neculai ned nedeljko nedim nehemiah nehemias neil neill nejc nelio nello nelson nemanja nemesio
nemo nenad nerijus nero nessim nestor netanel nevan neven neville nevio newman newton neymar nial niall nicanor
nicasio nicco niccolo nicholai nicholas nick nicklas nicklaus nickolas niclas nico nicodemus nicolaas nicolae
nicolai nicolas nicolau nicolaus nicolay nicolo nicu niels nigel nihat niilo nikhil niklas niklaus nikodem nikolai
nikolaos nikolas nikolaus nikolay nikos niles nilo nils nilson nimrod nirav nishan nishant nixon nizar njal nnamdi
noah noan noar noble noboru nobuo nojus nolan nolberto nolen norbert norberto nordin nordine norm norman normand
norris norval norwood nosson nouh nourdine noureddine nuh nuno nunzio nurullah obadiah obdulio obed obinna octave
octavian octaviano octavio octavius odd oddmund oddvar odhran odilo odilon odin odis odon ogden oguz oguzhan oier
oisin oistein oiva oivind okan okko oktay olaf olai olan olav olavi oldrich ole oleg olegario oleh oleksandr oleksiy
olin oliver oliverio olivier oliwer oliwier olle olli ollivier omar omari omer omero omri ondrej oneil onesimo onni
onofre onofrio onur orazio oren orest orestes orhan oriol orion orjan orland orlando ormond orren orrin orson orval
orvil orville osama osamu osbaldo osborne oscar oskar oskari osman osmar osmo ossama ossi ossian osvald osvaldo
oswald oswaldo otakar othello othman othmane othniel othon otilio otis otman otmane otmar oto otoniel otso ottar
ottavio ottis otto oualid oumar ousman ousmane oussama ousseynou ove ovide ovidio ovidiu owain owen oystein oz ozan
ozcan ozkan ozzie paal paavo pablo paco pacome padraic padraig panagiotis pantaleon panu paolo papa pape parfait
parry parth pascal paschal pascual pasi pasqual pasquale pastor patric patricio patrick patrik patrizio patryk patxi
paul paulino paulius paulo paulus pavel pavle pavlo pavol pawel peadar pearse peder pedro peeter peio pekka pelle
pentti pepijn per percival percy perfecto pernell pertti perttu petar pete peter peterson petr petras petro petros
petrus petter petteri phelan phil philbert phileas philemon philibert philip philipp philippe phill phillip pierce
pierino pierluigi piero pierre pierrick pierrot piers pierson piet pieter pietro pinchas pio piotr pirmin pius
placido plamen pol policarpo polo ponciano pontus porfirio porter poul povilas powell poyraz pranav pranay pratik
praveen preben predrag prentice preston priam primitivo prince princeton prosper prudencio przemyslaw purvis pyotr
qais qasim qassim quade quaid quang quentin quenton quim quinlan quint quinten quintin quinton quintus quirin
quirino quoc rabah rachid radames rade radek radley rado radomir radoslav radoslaw radouane radovan radu radwan raed
raef rafael rafe raffael raffaele raffaello raffi rafi rafik rafiq raghav ragnar ragnvald raheem rahim rahman rahul
raiden raif raimo raimon raimond raimondo raimund raimundo rainer rainier rajan rajeev rajesh rajiv rajko rajmund
rakan rakeem rakesh rakim ralf ralph ralston ramadan ramazan ramesh ramin ramir ramiro ramiz ramon ramses ramsey
ramunas ramy ramzi ramzy rance randal randall randel randell randle randolf randolph ranveer raouf raoul raphael
rares rashaad rashad rashawn rashed rasheed rashid rasim rasmus raul rauli rauno ravi rayburn rayden raylan raymon
raymond raymundo raynaldo raynard raynold razvan real recep redha redmond redouan redouane redwan reece reed rees
refik reg reggie reginald reginaldo regino rehan reid reidar reijo reima reinaldo reiner reinhard reinhold reino
reko remco remigio remond remus remzi renald renaldo renard renato renaud renzo reon resul reto reuben reubin reuven
rex rexford rexhep reyansh reynald reynaldo reynard reynold reynolds rhett rhodri rhydian rhys riaan riad riaz
ricardo riccardo ricco rich richard richardo richardson richie richmond rick rickard rickey ricky rico ridge ridvan
ridwan riggs rigo rigobert rigoberto rik rikardo riku rimantas rinaldo rinor rishi risto riyad rizwan roald roar rob
robb robbe robbert robel rober robert robertas roberto robertson robinson robson roc rocco rock rockwell rocky rod
rodd roddy roderic roderick rodger rodman rodney rodolfo rodolphe rodric rodrick rodrigo rodrigue roel roen rogelio
roger rogerio rohaan rohan rohit rok rokas rolan roland rolandas rolando rolf rolfe rolland rollin rollo romain
roman romano romaric romario romel romen romeo romero rommel romolo romualdas romualdo romulo romulus ron ronal
ronald ronaldo ronan ronen ronin ronn roope roque rosaire rosalio rosco roscoe rosendo rosevelt rouven rowdy rowland
roy royce royden ruairi ruairidh ruben rubens rudiger rudolf rudolfo rudolph rudolphe rudy rueben ruedi ruel rufin
rufino rufus ruggero runar rupert ruperto rushil ruslan russ russel russell rutger rutherford ruzgar ryad ryan ryder
ryker ryland ryszard saad saban saber sabian sabino sabir sabri saburo sachin sadek sadik sadiq saeed safet safouane
safwan sagar sahil sahin saidou sajid sajjad sakarias salah salaheddine saleem saleh salif salih salim saliou
salmaan salman salomo salomon salustiano salvador salvadore salvator salvatore samad samael samarth samed sameer
samer samet samir sammuel samo sampo sampsa sampson samson samu samual samuel samuele samuli samy sanad sancho
sander sandford sandor sandro sanford sanjay sanjeev sante santeri santiago santino santo santos santtu saqib sarim
sarkis satoru saturnino saud saul saulius saulo sauveur savas saverio savino savion sayed sayyid scot scott sead
seamus sean seann seb sebastia sebastiaan sebastian sebastiano sebastien sebastijan sebastjan secundino sedat sedric
sedrick segundo seiji sekou selcuk selim selman selmer selwyn semen semih semyon senad senen sepp seppo serafim
serafino serapio sercan serdar serge sergei sergej sergey sergi sergio sergiu sergiy serhat serhii serhiy serigne
serkan servando seth sevastian severiano severin severo seydina seydou seyed seymour shaban shad shadrach shahbaz
shaheed shaheer shahid shahzad shahzaib shain shakeel shakil shakir shakur shamus shant sharif shariff shaul shaun
shaurya shayaan shayan sheamus shean shem shemar shepard shepherd sherif sherrod sherwood shigeo shigeru shimon
shinji shiv shivam shiven shlok shlomo shmuel shoaib sholom shon shraga shrey shreyas shuaib shyam sid siddharth
siddhartha sidharth siegfried siegmund sigge sigifredo sigismund sigmund sigurd sigvard sigve silas silvain silvano
silvere silverio silvester silvestre silvino silvio silviu silvo simao simen simeon simion simo simon sinan sindre
sinisa sione sir sixte sixten sixto sjur skander skender skip slade slavko slawomir sliman slimane slobodan smail
snorre socrates sofian sofiane sofyan sohaib sohail soheil solan soloman solomon sondre soner soren sorin sotero
sotirios soufian soufiane souhaib souhail souheil souleyman souleymane spencer spike spiro spiros srdan sriram
stafford stan stane stanislas stanislaus stanislav stanislaw stanislovas stanko stanley stanly stanton stasys
stavros steeven stefan stefano stefanos stefen steffen stefon stein steinar stelian stelios stellan sten stepan
stephan stephano stephen stephon sterling stevan steve steven stevens stewart stian stig stijn stirling stiven
stjepan stojan stoyan stratton stuart sture sturla subhan sufian sufyan suhaib suhayb sulaiman sulayman suleiman
sulejman suleman suleyman suliman sullivan sulo sunil suraj suresh susumu svante svein sveinung sven svend svenn
sverre swen sylas sylvain sylvere sylvester sylvestre sylvio sylwester symeon symon syrus szabolcs szilard szymon
taavi tad tadao tadas tadashi tadd tadej tadeo tadeusz tadhg tafari taha tahar taher tahir tahj tahmid taieb taim
taisto taito takahiro takao takashi takeo takeshi talal talha talib tamas tamer tamim tamir tancrede taneli taner
tanguy tanner taoufik tapani tapio tarek tarik tariq tarjei tarmo taro taron tatsuo tauno taurean tavis tavish tavon
tayfun tayron tayson tayyab ted tedd teddy teemu teijo tejas telesforo telmo teodor teodoro teodosio teofil teofilo
teoman teon teppo terance terell terence terho tero terrance terrell terrence tetsuo tevin tex thad thaddaeus
thaddeus thadeus thane theo theobald theodor theodore theodoros theodorus theon theophil theophile theophilus
theotime thiago thibaud thibault thibaut thierno thierry thiery thijs thilo thomas thony thor thorbjorn thore thorin
thornton thorsten thorvald thurston tiago tiarnan tibor tiburcio tidiane tigran tihomir tijani tijl tijs tilden
tilen tillman tilman tilo tim timeo timmothy timmy timo timofey timoleon timon timote timotei timotej timoteo
timothe timothee timotheus timothey timothy timur tino tirso tito titouan titus tiziano toan tobiah tobias tod todd
todor toivo tolga tom tomas tomasz tomer tomislav tommaso tommy tomos tomy ton toney tonino tonio toon topi tor
toralf torben torbjorn tord toren torfinn torgeir toribio torkel torleif tormod torrence torstein torsten toru
torvald tosh toshio toussaint trae traian trajan traugott travis trayvon trent trenton trever trevin trevis trevon
trevor trey tristan tristian triston trond troy truman trygve trym trystan tsutomu tuan tudor tugay tulio tullio
tunahan tuncay tuomas tuomo ture turo tuukka tuure txomin ty tylan tylor tymon tymoteusz tynan tyreke tyrel tyrell
tyrelle tyrese tyron tyrone tyronne tyrus tyson tytus tzvi ubaldo udo ueli ugo ugur uladzimir ulf ulises ulisses
ulric ulrich ulrik ultan ulysse umair umar umberto umer unai unto uolevi urbain urbano urho uriah uriel urko urmas
uros urs urtzi usama usher usman uthman uuno uwe uzair uziel vaclav vadim vadym vahe vaibhav vaidas valdemar
valentin valentino valerian valeriano valerij valerio valeriu valeriy valon valter valtteri vance vander vansh varun
vasil vasile vasilii vasilij vasilios vasilis vasily vassili vasyl vaughn ved vedant vegard veikko veit veli
venancio vencel vergil vern vernard vernon veselin vetle veysel viaan viacheslav vicenc vicent vicente vicenzo
victor victoriano victorien victorino victorio vid vidal vidar viggo vihaan vikas vikram viktor vilas vilem vilho
viljam viljar viljo villiam vilmos vinay vince vincenc vincent vincenzo vinicio vinicius vinko vinod vinson vinzenz
viorel viraj virgil virgile virgilio virginio vishal vishnu vit vitali vitalii vitalij vitaliy vitaly vito vitor
vittorio vitus vivaan vivek vlad vladan vladimir vladislav vlado vlastimil voitto vojtech volkan volker volkmar
volodymyr voltaire vsevolod vuk vytautas waclaw wade wael wagner wahib wahid wail waino waldemar waldo waleed wali
walid wallace walt walter walther walton wannes wardell warner warren warrick warwick waseem washington wasim wassil
wassim wayde wayland waylon wayman wayne webb webster weldon wellington welton wenceslao wendell wenzel werner wes
wesley wesly westley weston wieslaw wiggo wiktor wilber wilbert wilbur wiley wilf wilford wilfred wilfredo wilfrid
wilfried wilhelm wilhem wiliam will willam willard willem willi william willibald willis wilmar wilmer wilson wilton
wim winfield winford winfried winston witold wladimir wladislaw wladyslaw wlodzimierz wojciech wolf wolfgang wolfram
woodie woodrow woody wout wouter wray wyatt wynton xabi xabier xander xaver xavi xavier xose yaacov yaakov yacoub
yacouba yadiel yagiz yago yahya yahye yair yakov yakup yale yamen yaniel yanis yaniv yann yannick yannis yaqub yared
yaro yaron yaroslav yaseen yaser yash yasin yasine yasir yasser yassin yassine yassir yasuo yavuz yaw yazan yazid
yechiel yehoshua yehuda yehudah yeison yeray yevgeni yevgeny yigit yilmaz yisrael yisroel yitzchak yitzchok yngvar
yngve yoan yoann yoav yoel yohan yohann yohannes yonathan yonis yoram yordan yordi yorick yosef yoseph yoshio yoshua
yossef youcef youenn younes youness younis youri yousaf yousef yousif yousri youssef youssouf yousuf yrjo ysidro yug
yuji yukio yunes yunis yunus yuriy yusef yusif yussef yusuf yusuke yuto yuvaan yuvan yuvraj yvan zac zacarias zach
zacharia zachariah zacharias zacharie zachary zachery zack zackaria zackariah zackary zackery zafar zafer zaheer
zahid zahir zaid zaim zain zaine zak zakari zakaria zakariah zakariya zakariyya zakary zakery zaki zakir zakk zalan
zalman zamir zander zaven zayd zayed zayn zbigniew zdenek zdenko zdravko zdzislaw zebedee zechariah zeeshan zeke
zeki zeljko zeno zenon zephaniah zephirin zeshan zeth zeus zev zeyad zeyd ziad zidan zidane zied zigmund zinedine
ziyad zlatan zlatko zohaib zohair zoilo zoltan zoran zouhair zsigmond zsolt zsombor zubair zuhair zvi zvonimir
zvonko zyad zygmunt
""".split()
)
