"""First names that almost always belong to women or to men, for "she said" and "he said".

Derived from the MIT-licensed name data of nomquamgender 0.1.4 (PyPI; Ian Van Buskirk, "Copyright (c) 2022
Ian Van Buskirk", MIT License: https://github.com/ianvanbuskirk/nomquamgender), which counts first names by
gender across 30-odd national sources. Kept: plain a-z names seen in at least 10 sources and 5,000 times,
whose share of women is at most 5 percent (MEN) or at least 95 percent (WOMEN). Nothing here comes from
any evaluation data. The engine reads them only for the first word of a whole name ("Ed Alvarez"), never
for a surname alone, and after what the article itself and the configured lists say.
"""

from __future__ import annotations

WOMEN = frozenset(
    """
aaliyah abagail abbie abbigail abby abigail abigale abigayle abril ada adaline adela adelaida adelaide adele
adelheid adelia adelina adeline adella adelle adelyn adina adoracion adriana adrianna adrianne adrienne africa
agata agatha agathe agnes agnieszka agueda agustina aicha aida aila aileen aili aimee aina ainara aine ainhoa
ainoa airi aisha aisling aislinn aitana aiyana aja alaia alaina alana alanah alanna alannah alayah alayna alba
albane alberta albertha albertine albina alda alea aleah alecia aleena alejandra aleksandra alena alene alenka
alesha alesia alessandra alessia aleta aletha alethea alexa alexandra alexandrea alexandria alexandrine alexia
aleyna alfreda alia aliah aliana alice alicia alicja alida alina aline alisa alise alisha alison alissa alivia
aliya aliyah aliza alize alizee allegra allyson allyssa alma almudena alondra alora alphonsine alta althea
alvina alya alyce alycia alysa alyse alysha alysia alyson alyssa alyssia amaia amalia amalie amanda amandine
amaris amaya amber amberly ambre amelia amelie america amia amie amina aminah aminata amira amirah amiyah amna
amparo amy ana anabel anabella anabelle anaelle anahi anais analia anastacia anastasia andreia aneta anette
angela angele angeles angelia angelica angelika angelina angeline angelique angelita angie ania anica anika
anina anisa anisha anissa anita aniya aniyah anja anjali anke ann anna annabel annabell annabella annabelle
annaelle annalee annaliese annalisa annalise annamaria annamarie anne anneli anneliese annelise annemarie
annetta annette anni annick annie anniina annika annina annmarie anny anouk antia antionette antje antoinette
antonella antonette antonia antonietta antonija antonina anu anya aoife apolline april arabella araceli
aracely arantxa arely aretha ariadna ariadne ariana ariane arianna arianne ariella arielle arja arleen arlene
arlette arline armande armelle arwen aryanna asha ashlee ashleigh ashli ashlie ashlyn ashlynn asia asma asmaa
asta astrid asya athena aubree aubrie aude audra audrey audrina augusta aune aura aurea aurelia aurelie aurora
aurore autumn ava avelina averie aviana avis avril awa axelle aya ayah ayana ayanna ayesha ayla ayleen aylin
ayse azalea aziza azra azucena babette balbina barbara barbra beata beate beatrice beatrix beatriz becky
begona belen belinda bella belle belva benedicte benita bente berangere berengere berenice berit bernadette
bernadine bernarda bernice berta bertha berthe bertille bess bessie beth bethan bethanie bethany betsy bette
bettie bettina betty bettye beulah beverley beverly bianca bianka bibiana birgit birgitta bjorg blanca blanche
blandine blanka bodil boglarka bonita bouchra bozena brandi brandie brea breana breanna breanne bree brenda
brenna bria briana brianna brianne bridget bridgett brielle brigette brigid brigida brigitta brigitte brisa
brita britany britta brittani brittany brittney bronwyn brooklynn bruna bryana bryanna cailyn caitlin caitlyn
caitlynn caleigh calie calista callie camelia cami camila camilla candace candela candelaria candice candida
candis candy caoimhe capucine cara caren cari caridad carina carine carissa carita carla carlee carleen
carlene carley carlota carlotta carly carme carmela carmelita carmella carmen carola carolann carole carolin
carolina caroline carolyn carolynn carrie caryn carys casandra casie cassandra cassie cataleya catalina
catarina caterina catharina catharine catherine cathie cathleen cathrine cathryn cathy catrina catriona
cayetana cayla caylee cecelia cecile cecilia cecilie cecily celena celeste celestina celia celina celine cerys
chaima chana chanda chanel chanelle chantal chantale chantel chantelle charissa charisse charity charla
charlee charleen charleigh charlene charlette charline charlize charlotta charlotte charmaine chasity chastity
chaya chelsea chelsey chelsie cherie cherise cherish cherry cheryl cheryle cheyanne chiara china chiquita
chloe christa christal christel christelle christene christiana christiane christianne christina christine
chrystal chrystelle chyna ciara ciera cierra cindy cinthia cintia claire clara clarice clarissa clarisse
claudette claudia claudine clea clelia clementina clementine clodagh cloe clothilde clotilde colette coline
colleen collette consolacion constance consuelo cora coral coralie coraline cordelia corina corine corinna
corinne cornelia corrina corrine cristal cristina cristy crystal csenge cydney cynthia cyrielle dagmar dahlia
daisy dalia dalila damaris danae danelle danette dania danica daniela daniella danielle danijela danika danita
danna dannielle danuta danyelle daphne daria darinka darja darla darleen darlene darline davina davinia dawn
dawna dayana dayanara dayna deana deann deanna deanne debbie debby debora deborah debra deena deidra deidre
deirdre deja delfina delia delilah della delma delores deloris delphine demetria demi dena denice denise
denisse desirae desiree destinee diana diane diann dianna dianne dilara dina dinah dionisia dionne djamila
dollie dolly dolores dolors domenica dominga dominika dona donia donita donna dora dorcas doreen dorene dorina
dorinda dorine doris dorka dorota dorothea dorothee dorothy dorris dorthy dottie dounia dragica dulce earlene
ebba eboni ebony eda edita edith edna edurne edwige edwina edythe eeva eevi effie eglantine eija eila eileen
eimear eira ekaterina ela elaina elaine elana elba elda elea eleanor eleanora eleanore elena eleni eleonora
eleonore elfriede eliana eliane elianna elicia elida eliette elif eliisa elin elina eline elinor elisa
elisabet elisabeth elisabetta elise elissa eliza elizabet elizabeth elizebeth elke ella elle ellen elli
elliana ellie ellinor elly elma elmira elna elodie eloisa eloise elora elouise elsa elsbeth else elsie elva
elvera elvia elvina elvira elyse elysia elyssa elzbieta ema emanuela ember emelia emelie emeline emely emerald
emese emilee emilia emiliana emilie emilienne emilija emily emine emma emmalee emmanuelle emmeline emmi emmie
emy ena eniko enni enola enora enriqueta enya erica ericka erika erja erlinda erma erna ernestina ernestine
eryn esma esmee esmeralda esperanza essie estefania estela estella estelle ester esther estrella eszter ethel
etta eugenia eugenie eula eulalia eulalie eunice eva evalyn evangelina evangeline eve eveliina evelin evelina
eveline evelyn evelyne evelynn everly evette evie evonne evy ewa fabiana fabienne fabiola faith faiza fanni
fannie fanny farida farrah fatiha fatima fatimah fatma fatou fatoumata faustina fawn faye federica felecia
felicia felicidad felicie felicitas felicity felipa felisa felisha fernanda fernande ferne ffion filippa
filomena fiona flavia flavie fleur flora flore florence florencia florentina florentine floriane florinda
florine flossie franca frances francesca francette francine francisca francoise franziska freda freida freja
freya frida frieda friederike fruzsina gabriela gabriella gabrielle gaelle gaetane gaia gala galina garance
gayla gema gemma geneva genevieve genoveva georgette georgia georgiana georgianna georgina geraldine geralyn
gerda gertie gertrud gertrude ghislaine giada giana gianna gilberte gilda gina ginette ginny giovanna gisela
gisele giselle gislaine gisselle giulia giuliana giuseppina gladys glenda glenna gloria golda gordana grace
gracelyn gracia gracie graciela grainne graziella gregoria greta gretchen grete grethe griselda gry gudrun
guillermina guylaine gwen gwenaelle gwendoline gwendolyn gwladys gwyneth habiba hadassah hafida hafsa hailee
hailie hajar haleigh haley halie halima halina halle hallie hana hanae hanane hanna hannah hanne hannele
hannelore harmony harriett harriette hatice hattie hawa haylee hayleigh hayley haylie hazel heather hedda
hedwig heidi heidy helen helena helene helga helina hellen heloise helvi henna henrietta henriette hermina
hermine herminia hester hettie hiba hilda hilde hildegard hilkka hillevi hilma holli hollie honey honorine
hope hortense hortensia houda huguette hulda ida idoia iesha ignacia iina iiris ilana ilaria ileana ilene
iliana ilona ilse ilyana imane imelda imogen imogene ina inaya india indie indira ines inez inga ingeborg
inger ingrid ingunn ingvild inka inmaculada inna ioana iola iona iqra irena irene iria irina iris irja irma
irmeli irmgard iryna isabel isabela isabell isabella isabelle isadora isela isha isis isla isobel isra itzel
iva ivana ivanka ivanna ivette ivonne ivy iwona iyana izabela izabella izabelle izaskun jaana jacalyn jacinta
jackeline jacklyn jaclyn jacqueline jacquelyn jacquelynn jacquline jada jade jaelyn jaida jaimee jamila jana
janae janay janeen janel janell janelle janessa janet janeth janette janey janice janie janina janine janja
janna jannette jasmina jasmine jasmyn jayda jayla jayleen jaylene jayna jayne jazmin jazmine jazmyn jeana
jeane jeanetta jeanette jeanie jeanine jeanna jeanne jeannette jeannie jeannine jelena jemima jemma jenelle
jenifer jenna jennah jenni jennie jennifer jenny jennyfer jesica jessa jessenia jessica jessika jesusa jill
jillian jimena joana joanie joanna joanne joaquina jocelyne jodie joelle joellen johana johanna johanne johnna
jolanda jolanta joleen jolene jolie jonna jorja jorunn josee josefa josefina josefine joseline josephine
josette josiane josie josseline jovita joy joyce joycelyn juana juanita judie judit judith judy julia juliana
juliane julianna julianne julie julienne juliet julieta juliette julissa justa justina justine justyna jutta
kaarina kacie kaela kaelyn kaia kaija kailee kailey kailyn kaisa kaitlin kaitlyn kaitlynn kaja kala kaleigh
kaley kalia kalie kalli kallie kamila kamilah kamilla kandace kandi kandice kandy karie karima karin karina
karine karissa karla karlee karley karlie karly karmen karoliina karolina karoline karolyn karrie karyn
kasandra kassandra kassie katalin katalina katariina katarina katarzyna kate katelin katelyn katelynn katerina
katharina katharine katherine katheryn kathi kathie kathleen kathlyn kathrin kathrine kathryn kathryne kathy
kati katia katie katina katja katlin katlyn katri katriina katrin katrina katrine kattie katy katya kaycee
kayla kaylah kaylee kayleen kayleigh kaylene kayley kayli kaylie kaylin kaylyn kaylynn keara keila keira
keisha kelli kellie kelsea kelsi kelsie kendra kendyl kenia kenza keren kerrie kerstin kerttu kesha keshia
keyla khadija khadijah khloe kiana kianna kiara kiera kierra kiersten kimberlee kimberley kimberly kinga kirsi
kirsten kirsti kirstie kirstin kirsty kisha kitty kjersti klara klaudia kourtney krista kristal kristel kristi
kristie kristiina kristin kristina kristine kristy kristyn krisztina krysta krystal krystina krystle krystyna
kyara kyla kylee kylie kyra lacie ladina laetitia laia laila lailah laina lainey lakeisha lakisha laly lamia
lana lanette lani lanie lara larisa larissa latanya latasha latifa latisha latonia latoya laura laure laureen
laurene lauretta laurette lauriane laurianne laurine lauryn lavina lavinia lavonne layla laylah lea leah leana
leandra leane leann leanna leanne leatrice leeann leena leia leigha leila leilani leire leisa lela lelia lena
lene lenka lenora lenore leola leona leonie leonor leonora leonore leontine leora leota lesli leta letha
leticia letitia letizia lettie lexi lexie leyla leyna leyre lia liana liane lianna lianne lida lidia lidija
liisa lila lilah lili lilia liliana liliane lilianna lilith lilja lilla lilli lilliana lillie lilly lilou lily
lilya lilyana lina linda line linette linnea linnie linsey lisa lisbeth lise liselotte lisette lison lissette
liv livia liz liza lizabeth lizbeth lizeth lizette lizzie ljudmila lola lolita lona lora loraine loredana
lorelai lorelei lorena lorene lorenza loretta lori lorie lorinda lorine lorna lorraine lorri lotta lotte lotti
lottie louann louanne loubna louella louisa louise louisette louna lourdes lovisa luana luann luanne lucette
lucia luciana lucie lucienne lucila lucille lucinda lucy ludivine ludmila luella luisa luise lula luna lupita
lura luz luzia lya lyana lyda lydia lydie lyla lylah lyna lynda lyndsey lynette lynne lynnette lynsey lyra
lysiane maaria maarit mabel macarena macie madaline madalyn maddie madelaine madeleine madeline madelyn
madelynn madge madilyn madisyn madyson maegan maelie maelle maelys maeva maeve magali magalie magaly magda
magdalena magdalene maggie magnolia maia maialen maider maija maira maire mairead maisie maissa maisy maite
maiya maja majda makayla makenna malaika maleah malena malgorzata malia malika malina malinda malissa maliyah
malka mallorie malorie malvina mamie manal mandi mandy manon manuela manuella mara maranda marcela marcelina
marceline marcella marcelline marcia marcie marcy maren margaret margareta margarete margaretha margarett
margarette margarita margaux margery margherita margie margit margo margot margret margrit marguerite mari
maria mariah mariam mariama mariana mariann marianna marianne maribel maribeth maricela marie mariel mariela
mariella marielle marietta mariette mariia marija marika marilee marilou marilyn marilyne marilynn marina
marine marinette mariona marisa marisela marisol marissa marit marita maritta maritza mariya mariyah marja
marjaana marjeta marjolaine marjorie marjory marjut marketa marketta marla marlee marlena marlene marlies
marlis marlise marlyn marlys marnie marquita marsha marta martha marthe martina martine marva marwa mary
maryam maryann maryanne marybeth maryellen maryjane maryjo marylene marylin maryline marylou maryse maryvonne
mathilda mathilde matilda matilde maud maude maudie maura maureen mauricette maurine mavis maxine maya
maybelle maylis mayra mayssa mazie mckayla meagan medina meg megan megane meghan melani melania melanie melany
melba melia melina melinda meline melisa melissa mellissa melodie melody melonie melva melvina mercedes mercy
merete meri meriem meritxell merja mervi meryem meta mette mia micaela michaela michela micheline michelle
mihaela miia mikaela mikayla mila milagros milana mildred milena miley milica milja milla millicent millie
milly mimi mina mindy minerva minna minnie mira miranda mireia mireille mirella miren mireya miriam mirja
mirjam mirjami mirjana mirna missy misti misty mitzi miya modesta moira mojca mollie molly mona monica monika
monique monserrat montserrat morgane moriah muguette murielle mya myah myla mylene myra myriam myrna nabila
nada nadege nadia nadine nadja nagore nahia naia naiara naila naima najat nala nanci nancy nanette nannette
naomi naomie natacha natalee natalia natalie natalija nataliya nataly natalya natasa natascha natasha nathalia
nathalie nathaly nawal nawel naya nayara nayeli nayla nea nedra neha neila nelda nelia nella nelle nelli
nellie nelly nena nerea nereida nesrine nettie neus nevaeh nia niamh nichelle nicole nicoleta nicoletta
nicolette nicolle niina nikole nikolett nila nina ninon nisa nita noelia noeline noella noelle noemi noemie
nola nolwenn nona noora nora norah noreen norine norma noura novella nuria nyah nyla nylah obdulia oceane
octavia octavie odessa odette odile ofelia oksana olena olga olive olivia olympe ona oona opal ophelia ophelie
oriana oriane ornella otilia outi paivi palmira paloma pam pamala pamela pansy paola pascaline patience
patrica patricia patrizia patti pattie paula paulette paulina pauline pavla pearl pearline peggie peggy pela
penelope pennie penny perla pernille perrine petra philippa philippine philomena philomene phoebe phyllis pia
piedad pierrette piia pilar pinja piper pippa pirjo pirkko polly poppy portia princess prisca priscilla
priscillia priska priya prudence purificacion queen rabia rachael racheal rachel rachele rachelle rachida
rafaela ragnhild rahel rahma raija raili raina raisa ramona rania raphaela raphaelle raquel raya rayna reanna
reba rebeca rebecca rebecka rebeka rebekah rebekka regina regine reidun reina rejane reka remedios rena renae
renata renate renee renita reta retha reyna rhea rhianna rhiannon rhoda rhonda ria rianna richelle rihanna
riikka riina riitta rima rina rita ritva rivka riya roberta rochelle rocio roisin romana romina romy rona
ronda ronja rosa rosalba rosalee rosalia rosalie rosalina rosalind rosalinda rosalyn rosana rosanna rosanne
rosaria rose roseann roseanna roseanne roseline rosella roselyn roselyne rosemarie rosemary rosetta rosette
rosie rosina rosine rosita roslyn rosmarie rowena roxana roxane roxann roxanna roxanne roxie rubi rubie ruby
rufina rut ruth ruthann saara sabina sabine sabrina sade sadia sadie saffron safia safiya sagrario sahara
sahra saida saira sakina salena saliha salima salina sallie sally salma salome salvadora samanta samantha
samara samia samira sana sanaa sandie sandra sandrine saniya sanna saoirse sapphire sara sarah sarai saray
sariah sarina sarita saskia satu saundra savana savanah savanna savannah scarlet scarlett scarlette segolene
seija selena selene selin selina selma sephora serafina seraina serena serenity serina severine shaina shakira
shamika shana shanda shanelle shania shanice shanika shanna shante shantel shantell shara shari sharla
sharlene sharon sharron sharyn shauna shawna shayla shaylee shayna sheena sheila shelbi shelbie shelia shelley
shelli shelly sheree sheri sherie sherlyn sherri sherrie sherry sheryl sheyla shiela shira shirlee shirlene
shirley shona shonda shoshana shyann shyanne sibylle sidonie siena sienna sierra signe sigrid siham siiri
silja silje silke silvana silvia simona simonne sindy sinead sini sinikka siobhan sira siri sirine sirkka
sirpa siv skyla slavica socorro sofia sofie solange soledad solene solenn solenne soline solveig sondra sonia
sonja sonya sophia sophie souad soukaina soumaya staci stacia stacie stanislava starla stefani stefania
stefanie stella stephani stephanie stephany stephenie stina stine sue sumaya summer sunniva sunshine susan
susana susann susanna susannah susanne susie suvi suzan suzana suzanna suzanne suzette suzie suzy svenja
svetlana svitlana sybil sybille sydnee sydnie syeda sylvaine sylvette sylvia sylviane sylvie synnove szonja
tabatha tabea tabitha tahlia taina talia taliyah tallulah talya tamara tameka tamela tamera tamia tamika
tammie tammy tamra tanesha tania tanisha taniya tanja tanya tara tarah tarja taryn tasha tasnim tatiana
tatianna tatjana tatyana tawnya taya tayla teena teija tenley teodora tera teresa terese teressa tereza
terezija terhi terra terrie tess tessa tessie thais thalia thea theda thelma theodora theresa therese theresia
tia tiana tianna tiara tiffani tiffanie tiffany tiia tiina tilda tilde tillie tilly tina tiphanie tisha
tiziana tomasa tonia tonja tonje tonya toril torill tosha tova tove traci tracie trena tresa tressa triana
tricia trina trine trisha trista trude trudy tuija turid tuula tuuli tuulikki tuva twila twyla tyra ulla
ulrike una ursula ute vada valarie valencia valentina valeria valerie valorie vanda vanesa vanessa vania veda
velda velma venessa venita venla venus vera verda verena verna vernice verona veronica veronika veronique
vesna vesta vibeke vicenta vickey vicki vickie vicky victoria victorine vida vienna vigdis viivi viktoria
viktorija vilma vina vincenza viola violaine violet violeta violetta violette virginia virginie virpi vittoria
viviana viviane vivienne vonda wanda wenche wendi wendy wilda wilhelmina willa willow wilma winifred winnifred
winona wynter xenia ximena xiomara yadira yaelle yaiza yajaira yamina yana yanira yara yaritza yasemin yasmeen
yasmin yasmina yasmine yazmin yelena yesenia yesica yessenia yessica yolanda yolande yousra yuliana yuna yusra
yveline yvette yvonne zahra zaida zaina zainab zaira zara zaria zaynab zdenka zelda zelie zella zelma zena
zeynep zina zineb zita zoe zoey zofia zohra zoie zora zoya zsofia zulema zuzana zuzanna
""".split()
)

MEN = frozenset(
    """
aaden aapo aarav aarne aaro aaron aatos abdallah abdel abdelaziz abdelkader abdellah abdiel abdirahman
abdoulaye abdul abdullah abe abel abelardo abner abraham abram ace achille achraf adalberto adam adem adil
aditya adnan adolf adolfo adolph adolphe adonis adrian adriano aedan agustin ahmad ahmed ahmet ahti aidan
aiden aimar aimo aitor ajay akeem akos akram aksel akseli alain alan alastair alban albert alberto albin alden
aldo alec alejandro aleksandar aleksander aleksandr aleksi alen alessandro alessio alexander alexandre
alexandro alexandru alexey alexzander alf alfons alfonso alfonzo alfred alfredo alistair allan allen alois
alojz alonso alonzo aloysius alphonse alphonso alton alvar alvaro alvin alvis amadeo amado amador amadou
amaury ambroise ambrose amedee ameer amin amir ammar amos anas anatole ander anders anderson andoni andras
andre andreas andrei andrej andres andreu andrew andrey andrzej angelo angus anibal anselmo anssi antero
anthony antoine anton antone antoni antonin antonino antonio antony antti antwan antwon anwar archer archibald
archie aric arild aristide arjun arlo armaan arman armand armando armas armin arnau arnaud arne arno arnold
arnulfo aron arron arsene arsenio art arthur arto arttu artur arturo arvid arvin arvo aryan asbjorn asher
asier asko aston atle atte attila augustin augusto augustus aulis aurelien aurelio avelino avi avraham axel
ayden aydin ayman aymen aymeric ayoub aziz balazs baldomero balint baptiste barnabas barney baron barrett
barry bart bartholomew bartolome barton basil basile basilio bastien beat ben bence benedek benedict benedikt
benett bengt benigno benito benjamin bennett benno benny benoit benson bentley benton bernabe bernard
bernardino bernardo bernat bernd bernhard bert bertram bertrand bienvenido bilal bilel bill billy bishop
bjarne bjorn blaine blas bob bodhi bogdan bonifacio booker boris borja botond boyce boyd brad braden bradford
bradley bradly brady braeden brahim bram brandan branden brandon brandt brandyn branko branson brant brantley
braulio brayan brayden braydon brendan brenden brendon brennan brennen brent brenton bret brian brice brock
broderick bronson bruce bruno bryan bryant bryce brycen bryon bryson buck bud buddy burt burton buster byron
cade caden caesar caiden cain cale caleb callen callum calum calvin camilo camron candido carl carles carlo
carlos carlton carmelo carsten carter casimir casimiro cason casper cassius cathal cayden cayetano cecilio
cedric cedrick celestin celestino celso cesar cesareo chace chad chadwick chaim charles chase chauncey chaz
chester chet christer christian christof christoffer christoph christophe christopher christos chuck cian
ciaran cillian cipriano clark claudio claudius clay clayton clemens clement clemente cletus cleveland cliff
clifford clifton clint clinton clive clyde cole coleman colin collin colm colt colten colton conner connor
conor conrad conrado constant constantin constantino corbin cordell corentin cormac cornelius craig cristian
cristiano cristobal cristofer cristopher csaba cullen curt curtis curtiss cyprien cyril cyrill dag dalton
damian damien damion damir damon danial daniel danijel danilo danny dante daren dario darius darko darnell
darragh darrel darrell darren darrick darrin darron darryl darwin dave davian david davide davin davis davy
dawson dax dayton dean deangelo declan deion dejan delano delbert delmer demarco demarcus demetrio demetrius
denis dennis denton denver denzel dereck derek derick derik dermot derrell derrick desmond dewayne dexter dick
didier diego dieter dietrich dillan dillon dimitri dimitrios dino diogo dionisio dirk djamel djibril dmitri
domenic domenico dominic dominick dominik don donal donald donato donavon donn donnell donnie donovan dontae
donte doug douglas douglass dragan drago drake driss duane dudley duke duncan dustin dwain dwayne dwight dylan
eamon eamonn earl earle earnest easton ed eddie eddy edgar edgard edgardo edison edmond edmund edouard edson
eduard eduardo edvard edvin edward edwin eelis eerik eero eetu efrain efren egil einar eirik eivind eladio
elbert elden eldon eldridge eleazar elias eliel eliezer elijah elio eliot eliott eliseo elliot elliott
ellsworth elmer elmo eloi elouan eloy elroy elton elvis elwin elwood elyas emanuel emeric emil emiliano
emilien emilio emmanuel emmet emmett emmitt emre eneko enes enoch enric enrico enrique enzo eoghan eoin
ephraim eric erich erick erik erkki erlend erling ernest ernesto ernie ernst errol ervin erwan erwann erwin
esko espen esteban estevan ethan etienne euan eugen eugene eugenio eusebio evan evaristo everett everette
evert ewan ewen ezekiel ezequiel ezio ezra fabian fabien fabio fabrice fabrizio faisal fares farid faris fatih
faustino fausto federico feliciano felicien felipe felix felton ferdinand ferenc fergus fermin fernand
fernando ferran fidel filip filipe filippo finn firmin flavien flavio fletcher florencio florent florentin
florentino florian florin floyd flynn ford forrest foster fouad franc francesc francesco francisco franciszek
franck franco francois frank franklin franklyn frans frantisek frantz franz fraser fred freddy frederic
frederick frederik fredric fredrick fredrik fredy freeman friedrich fritz frode gabin gabor gabriel gaetan
gaetano gage gareth garett garfield garret garrett garrick garrison garry garth gary gaspar gaspard gaston
gauthier gavin gaylord geir genaro geoffrey geoffroy georg georges georgios gerald gerard gerardo gergely
gergo gerhard german gerrit gervais gheorghe ghislain giacomo gian giancarlo gianluca gianni gibson gideon gil
gilbert gilberto gildas giles gilles gines gino giorgio giovani giovanni giovanny giuliano giulio giuseppe
glen glenn gonzalo goran gordon gorka gottfried grady graeme graham grant grayson greg gregg gregoire gregor
gregorio gregory griffin grover grzegorz guido guilhem guillaume guillem guillermo gunnar gunner gunter
gunther gus gustaf gustav gustave gustavo guy gwendal gyorgy habib hadrien hakan hakeem hakim hakon hal halil
hamid hamilton hamish hampus hamza hank hannes hannu hans hanspeter harald hardy haris harlan harland harmon
harold haroun harris harrison harry harun harvey hasan hassan havard hayward haywood heath hector heikki
heinrich heinz helmut hendrik hendrix henning henri henrik henry henryk herbert heriberto herman hermann
herminio hernan herschel hershel herve hezekiah hicham hilario hipolito hippolyte hiram hjalmar holden holger
homer horace horacio horst hosea howard hoyt hubert hudson hugh hugo hugues humberto huseyin hussein iago iain
ian iban ibrahim ibrahima idris idriss ignacio igor iker ilan ilari ildefonso ilian ilias ilkka ilmari ilyan
ilyas ilyes imad imanol immanuel imran inaki inigo ioan irvin irving irwin isaac isaak isac isai isaiah isaias
isak ishaan ishmael isiah isidore isidoro isidro ismael ismail ismo issac issam istvan ivan ivar ivo izaiah
izan jaakko jabari jace jacek jacinto jack jackson jacob jacobo jacoby jacques jadon jagger jair jairo jake
jakob jakub jamaal jamal jamar jamel james jamil jamison janez janko janos jaquan jared jari jarkko jarle
jarmo jarno jarod jaron jaroslav jarred jarrett jarrod jarvis jase jason jasper jaume javier jawad jaxon jay
jaydon jaylon jayson jed jedidiah jeff jefferson jeffery jeffrey jeffry jens jenson jerald jeremiah jeremias
jeremie jeremy jernej jerod jerold jerome jeronimo jerrell jerrod jerrold jesper jesus jevon jim jimmy jiri
joachim joakim joao joaquim joaquin joe joel joesph joffrey johan johannes john johnathan johnathon johnny
johnson johny jon jonah jonas jonatan jonathan jonathon jonny joona joonas jordi jordon jorg jorge jorgen
joris jorma jorn josef josep joseph josh joshua josiah josip jostein josu josue jouko jouni jovan jozef jozsef
juan judah judd juha juhana juhani jukka julen julian julien julio julius junior jure jurg jurgen jussi justin
justo justus jyrki kaan kaarlo kacper kaden kaiden kaj kaleb kalevi kalvin kamal kamel kamil kamron kane
kareem karim karl karsten kash kason kaspar kasper kauko kayson keanu keenan keith kellan kelton kelvin kemal
ken kenan kendrick kenji kenneth kennith kenny kent kenyon kenzo keon keven kevin kevon keyon khaled khalid
khalil kian kieran kieron kilian killian kimmo king kingsley kingston kip kirk kjell kjetil klaus klemen knox
knut koby kole konrad konstantin konstantinos korbin kornel kraig krish kristian kristof kristofer kristoffer
kristopher krzysztof kurt kurtis kylian kyron lachlan ladislav lambert lamont lance landon langston laron
larry lars lasse laszlo laureano laurent lawrence layton lazaro leander leandro leeroy leevi leif leland
lemuel lenard lennart leo leon leonard leonardo leonel leonhard leonidas leopold leopoldo leroy lester lev
levente levi levin levon lewis liam lincoln lino linus linwood lionel livio lloyd lluis loic lorenz lorenzo
louis lowell loyd luc lucas lucian luciano lucien lucio ludovic ludvig ludwig luigi luis luiz lukas lukasz
luke luther lyle lyman lyndon mac maciej mack maddox mads magne magnus mahamadou mahdi mahmoud major maksim
malachi malakai malcolm malcom malik mamadou manfred manuel marc marceau marcel marcelino marcello marcellus
marcelo marcial marcin marco marcos marcus marek mariano marino mario marius mark markel markku marko markus
marlon marquis marshall martial martin martti marvin marwan mason massimo mate matej mateo mateusz matheo
mathew mathias mathieu mathurin mathys matias matic matis mats matt matteo matthew matthias matthieu mattias
mattis matyas mauno maurice mauricio maurizio mauro maverick max maxence maxim maximilian maximiliano
maximilien maximillian maximino maximo maximus maxwell maynard mayson mehdi mehmet melvin melvyn menachem
mervin meyer michael micheal michiel mickael miguel miikka mikael mikail mike mikel mikhail mikkel mikko miles
milford millard milo milos milton miquel mirko miro miroslav misael mitch mitchel mitchell mitja modesto
mohamad mohamed mohammad mohammed moise moises montgomery monty mordechai moritz morris morten morton moses
moshe mostafa mounir mourad moussa moustapha muhammad muhammed murat murray musa mustafa mustapha myles myron
nabil naim napoleon narciso nash nasir nasser natan nate nathan nathanael nathanial nathaniel nathen neal ned
nehemiah neil nejc nelson nestor neville newton niall nicholas nick nickolas nico nicolae nicolai nicolas
niels nigel niilo nikhil niklas niklaus nikolai nikolas nikolaus nils nimrod nixon noah noble nolan norbert
norberto nordine norman normand norris nuno octave octavio odd odin oier oisin oiva olaf olav olavi ole oleg
oleksandr olin oliver olivier olle olli omar omari omer onni oren oriol orion orlando orrin orville oscar
oskar oskari osman osmo ossi osvaldo oswald oswaldo otis otto oumar ousmane oussama ove owen oystein paavo
pablo paco padraig paolo pascal pascual pasi pasquale patric patricio patrick patrik patryk paul paulino paulo
pavel pawel peder pedro pekka pentti per percy pertti petar pete peter petr petter petteri phil philip philipp
philippe phillip pierce pierre pierrick pieter pietro piotr pius placido pol porter preston prince princeton
prosper quentin quinten quintin quinton rachid rafael raffaele ragnar raheem rahul raiden raimo raimundo
rainer ralf ralph ramiro ramon ramsey randal randall randell randolph raoul raphael rashad rashawn rasmus raul
rauno rayden raymon raymond raymundo reece reed reggie reginald reid reidar reijo reinaldo reinhard reinhold
reino renato renaud renzo reto reuben rex reynald reynaldo rhett rhys ricardo riccardo rich richard richie
rick rickey ricky rico rigoberto riku rishi risto roar rob robert roberto rocco rocky rod roderick rodger
rodney rodolfo rodolphe rodrick rodrigo rodrigue roel rogelio roger rohan rok roland rolando rolf rolland
rollin romain roman romaric romeo ron ronald ronaldo ronan ronin roope roque roscoe rosendo roy royce ruben
rudolf rudolph rudy rueben rufino rufus rupert russ russel russell ryan ryder ryland saad sabri sahil salah
salih salim salman salomon salvador salvatore sameer samir samson samu samual samuel samuli samy sander sandor
sandro sanford santeri santiago santino santo santos saturnino saul scot scott seamus sean sebastian sebastien
segundo selim seppo serge sergey sergi sergio seth severin seymour shad shaun sherwood shlomo shmuel shon
siegfried sigmund sigurd silas silvano silvio simen simeon simo simon sinan sindre sixten slavko sofian
sofiane solomon sondre soren soufiane souleymane spencer stan stanislas stanislav stanislaw stanley stanton
stefan stefano steffen stein steinar stephan stephen stephon sterling stevan steve steven stewart stian stig
stuart sullivan sulo svein sven sverre sylas sylvain sylvester szabolcs szymon tad tadeusz tadhg taha taisto
tamas tanguy tanner tapani tapio tarek tarik tariq tarmo tauno ted teddy teemu teodor teodoro teofilo terence
tero terrance terrell terrence tevin thad thaddeus theo theodor theodore theophile thiago thibaud thibault
thibaut thierry thomas thor tiago tibor tim timeo timmy timo timon timothe timothee timothy tino tito titus
tobias tod todd toivo tom tomas tomasz tommaso tommy toney topi tor torbjorn torsten toussaint travis trent
trenton trever trevon trevor trey tristan tristian triston trond troy truman trygve trystan tuomas tuomo
tuukka ty tylor tyrell tyrese tyron tyrone tyson ugo ulf ulises ulrich ulysse umar unai urho uriah uriel urs
usman uwe vaclav vadim valdemar valentin valentino valeriano valerio valter vance vasile vaughn vegard veikko
veli vern vernon vicente victor victoriano vidal vidar viggo viktor vilho viljo vince vincent vincenzo virgil
virgile virgilio vito vitor vittorio vladimir volker volodymyr wade wael waldemar waldo walid wallace walter
walton warner warren wassim waylon wayne weldon wendell werner wes wesley westley weston wilber wilbert wilbur
wiley wilford wilfred wilfredo wilfrid wilfried wilhelm will willard willem willi william willis wilmer wilson
wilton winfield winston wladyslaw wojciech wolfgang woodrow woody wout wyatt xabier xander xavi xavier yaakov
yago yahya yanis yann yannick yannis yasin yasser yassin yassine yehuda yisroel yoan yoann yoel yohan yohann
yosef youcef younes yousef youssef yunus yuriy yusuf yvan zac zach zachariah zacharie zachary zachery zack
zackary zackery zaid zain zak zakaria zakariya zakary zalan zander zayd zayn zbigniew zdenek zechariah zeke
zoltan zoran zsolt zsombor
""".split()
)
