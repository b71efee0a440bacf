"""Fill French translations for given source strings in translations/gpuscope_fr.ts.

    python tools/translate_fr.py   # applies NEW below; then run tools/update_translations.py

A small maintenance aid for strings added after the main translation pass: edit NEW, run, commit.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "translations" / "gpuscope_fr.ts"

NEW: dict[str, str | list[str]] = {
    "unknown (%1)": "inconnue (%1)",
    "%1. Set the GPU's memory as an override to know whether a model fits.":
        "%1. Saisissez la mémoire du GPU comme valeur personnalisée pour savoir si un modèle "
        "tient.",
    "Total unknown · this model %1 · whether it fits is unknown":
        "Total inconnu · ce modèle %1 · impossible de dire s'il tient",
    # model folders: links leading out of the folder
    "leads outside the model folder (to {target}): gpuscope reads only files inside the folder, "
    "or in its Hugging Face cache's blobs folder":
        "mène hors du dossier du modèle (vers {target})\u00a0: gpuscope ne lit que les fichiers du "
        "dossier, ou du dossier blobs de son cache Hugging Face",
    # View > Live data rate
    "Live data &rate": "&Fréquence des données en direct",
    "How often the live figures of this machine's GPU (free VRAM, power, temperature, clocks) "
    "are read.":
        "À quelle fréquence les valeurs en direct du GPU de cette machine (VRAM libre, "
        "puissance, température, fréquences) sont lues.",
    "%1 Hz": "%1\u00a0Hz",
    # a damaged settings file, set aside
    "not an INI file: a section header is not closed":
        "ce n'est pas un fichier INI\u00a0: un en-tête de section n'est pas fermé",
    "binary data, not the text of a settings file":
        "des données binaires, pas le texte d'un fichier de réglages",
    "far larger than a settings file can be":
        "bien plus gros qu'un fichier de réglages ne peut l'être",
    "{model} was trained with a context of {trained} tokens; {context} goes beyond it: answers "
    "degrade, and vLLM refuses it unless told to allow it.":
        "{model} a été entraîné avec un contexte de {trained} jetons ; {context} va au-delà : "
        "les réponses se dégradent, et vLLM le refuse sauf si on l'y autorise.",
    "{model} reads at most {trained} tokens at a time: the figures are for {trained}, not "
    "{context}.":
        "{model} lit au plus {trained} jetons à la fois : les chiffres valent pour {trained}, "
        "pas {context}.",
    "It does not fit: the speeds assume it did. 'gpuscope plan' gives the speed with part of the "
    "model in system RAM or across GPUs.":
        "Ne tient pas : ces vitesses supposent que si. « gpuscope plan » donne la vitesse "
        "avec une partie du modèle en mémoire système ou répartie sur plusieurs GPU.",
    "{gpu} has no {wanted} units: the matrix products of {quant} run at its {used} peak instead.":
        "{gpu} n'a pas d'unités {wanted} : les produits matriciels de {quant} tournent à sa "
        "crête {used}.",
    "A prompt of {prompt} tokens does not fit in a context of {context} tokens: make the context "
    "at least as long as the prompt.":
        "Une invite de {prompt} jetons ne tient pas dans un contexte de {context} jetons : "
        "prenez un contexte au moins aussi long que l'invite.",
    # plan window: options, vLLM figures, roofline crossover
    'Several GPUs': 'Plusieurs GPU',
    'MoE experts in RAM': 'Experts MoE en RAM',
    'vLLM': 'vLLM',
    'Host memory': 'Mémoire de l\'hôte',
    'Split': 'Répartition',
    'Link': 'Liaison',
    'Memory share': 'Part de mémoire',
    'Max sequences': 'Séquences max.',
    'Plan with every GPU of the source, each with its own free VRAM, instead of N copies of the '
    'selected one':
        'Planifier avec chaque GPU de la source, chacun avec sa propre mémoire vidéo libre, au '
        'lieu de N copies du GPU choisi',
    "--gpu-memory-utilization: the share of each GPU's memory vLLM takes":
        '--gpu-memory-utilization\u00a0: la part de la mémoire de chaque GPU que vLLM prend',
    '--max-num-seqs: the most sequences vLLM schedules together':
        '--max-num-seqs\u00a0: le nombre maximal de séquences que vLLM traite ensemble',
    'vLLM default': 'défaut de vLLM',
    'Layers whose expert tensors stay in RAM (llama.cpp -ot / --n-cpu-moe)':
        'Couches dont les tenseurs d\'experts restent en RAM (llama.cpp -ot / --n-cpu-moe)',
    'auto': 'auto',
    'The memory bandwidth your CPU reaches (a STREAM or llama-bench figure): it replaces the '
    'assumed one':
        'La bande passante mémoire qu\'atteint votre processeur (mesurée avec STREAM ou '
        'llama-bench)\u00a0: elle remplace celle supposée',
    'Auto': 'Auto',
    'Layer split': 'Par couches',
    'Tensor parallel': 'Parallélisme tensoriel',
    'Default for these GPUs': 'Par défaut pour ces GPU',
    'Assumed for this GPU': 'Supposée pour ce GPU',
    'Measured bandwidth:': 'Bande passante mesurée\u00a0:',
    'Assumed: %1': 'Supposée\u00a0: %1',
    'All %1 detected GPUs': 'Les %1 GPU détectés',
    'auto (%1)': 'auto (%1)',
    'vLLM budget per GPU: {budget} ({vram} × {utilization}); KV-cache pool {pool} = {blocks} '
    'blocks of {block_size} tokens':
        'Budget vLLM par GPU\u00a0: {budget} ({vram} × {utilization})\u202f; réserve du cache KV '
        '{pool} = '
        '{blocks} blocs de {block_size} jetons',
    '%n sequence(s) of {context} tokens at once (max concurrency {concurrency}×, scheduler '
    'cap {cap}); one sequence can reach {longest} tokens': [
        '%n séquence de {context} jetons à la fois (concurrence max. {concurrency}×, '
        'plafond de l\'ordonnanceur {cap})\u202f; une séquence seule peut atteindre '
        '{longest} jetons',
        '%n séquences de {context} jetons à la fois (concurrence max. {concurrency}×, '
        'plafond de l\'ordonnanceur {cap})\u202f; une séquence seule peut atteindre '
        '{longest} jetons'],
    'Does not fit: the pool cannot hold one sequence of {context} tokens':
        'Ne tient pas\u00a0: la réserve ne peut contenir une séquence de {context} jetons',
    'Throughput {throughput} in total; decode turns compute-bound above batch ~{crossover}':
        'Débit total {throughput}\u202f; le décodage devient limité par le calcul au-delà d\'un '
        'lot '
        'de ~{crossover}',
    'Throughput {throughput} in total': 'Débit total {throughput}',
    'Smallest tensor-parallel size that holds one sequence of {context} tokens: {needed} (this '
    'plan: %n GPU(s))': [
        'Plus petit parallélisme tensoriel qui contient une séquence de {context} jetons\u00a0: '
        '{needed} (ce plan\u00a0: %n GPU)',
        'Plus petit parallélisme tensoriel qui contient une séquence de {context} jetons\u00a0: '
        '{needed} (ce plan\u00a0: %n GPU)'],
    'at this context the KV-cache reads keep\ndecode below the ridge at any batch':
        'à ce contexte, les lectures du cache KV\nlaissent le décodage sous le coude quel que '
        'soit le lot',
    'decode reaches the ridge at batch %1': 'le décodage atteint le coude à un lot de %1',
    "1 / (family factor × (max(soft max((weights + KV) read / (bandwidth × efficiency), "
    "weights × SM cycles per weight / (SMs × clock)), batch compute) + layers × per-layer "
    "time))":
        "1 / (facteur de famille × (max(max doux((poids + KV) lus / (bande passante × "
        "efficacité), poids × cycles SM par poids / (SM × horloge)), calcul du lot) + "
        "couches × temps par couche))",
    "roofline with bandwidth and per-SM terms fitted across GPU families; no measurements for the "
    "{family} family itself: wider uncertainty":
        "roofline avec termes de bande passante et par SM ajustés sur l'ensemble des familles de "
        "GPU\u202f; aucune mesure pour la famille {family} elle-même\u00a0: incertitude plus large",
    "{activations} activations + {workspace} workspace = {value}":
        "{activations} d'activations + {workspace} d'espace de travail = {value}",
    "batch × largest live activations × bytes per value + cuDNN / cuBLAS workspace":
        "lot × plus grandes activations vivantes × octets par valeur + espace de travail "
        "cuDNN / cuBLAS",
    "layer-by-layer walk; 256 MiB library workspace (assumed)":
        "parcours couche par couche\u202f; 256 Mio d'espace de travail des bibliothèques "
        "(hypothèse)",
    "Tokens before the prompt": "Jetons avant l'invite",
    'No GPU data: choose a GPU to plan for':
        'Aucune donnée GPU\u00a0: choisissez un GPU pour lequel planifier',
    'the snapshot lists no device':
        "l'instantané ne contient aucun périphérique",
    "'{query}' matches {count} GPUs ({names}); type the model number, or list them with "
    "'gpuscope gpus --search {query}'.":
        "«\u00a0{query}\u00a0» correspond à {count} GPU ({names})\u202f; tapez le numéro de "
        "modèle, ou "
        "listez-les avec «\u00a0gpuscope gpus --search {query}\u00a0».",
    "Unknown GPU '{query}'; search the catalogue with 'gpuscope gpus --search TEXT'.":
        "GPU «\u00a0{query}\u00a0» inconnu\u202f; cherchez dans le catalogue avec "
        "«\u00a0gpuscope gpus --search TEXTE\u00a0».",
    'the field {field} is empty.':
        'le champ {field} est vide.',
    'Cannot plan for {gpu}: speed {reason}.':
        'Impossible de planifier pour {gpu}\u00a0: vitesse {reason}.',
    'Cannot plan for {gpu}: its VRAM size is unknown ({reason}).':
        'Impossible de planifier pour {gpu}\u00a0: sa quantité de VRAM est inconnue ({reason}).',
    'Cannot rank models on {gpu}: its VRAM size is unknown ({reason}); choose a GPU with --gpu '
    'NAME.':
        'Impossible de classer les modèles sur {gpu}\u00a0: sa quantité de VRAM est inconnue '
        '({reason})\u202f; choisissez un GPU avec --gpu NOM.',
    'unknown':
        'inconnue',
    "unknown: the GPU's memory bandwidth is unknown ({reason}); set it as a GPU override to "
    "estimate speed":
        "inconnue\u00a0: la bande passante mémoire du GPU est inconnue ({reason})\u202f; "
        "saisissez-la "
        "comme valeur personnalisée du GPU pour estimer la vitesse",
    "unknown: the GPU's compute peaks are unknown ({reason}); set them as GPU overrides to "
    "estimate compute-bound speed":
        "inconnue\u00a0: les pics de calcul du GPU sont inconnus ({reason})\u202f; saisissez-les "
        "comme "
        "valeurs personnalisées du GPU pour estimer la vitesse limitée par le calcul",
    'not reported':
        'non communiqué',
    'Speed %1':
        'Vitesse %1',
    "VRAM unknown ({reason}) — needs {needed}; set the GPU's memory as an override to know "
    "whether it fits":
        "VRAM inconnue ({reason}) — il faut {needed}\u202f; saisissez la mémoire du GPU comme "
        "valeur "
        "personnalisée pour savoir si le modèle tient",
    '<path to {file}>':
        '<chemin vers {file}>',
    '<original model repository>':
        '<dépôt du modèle original>',
    '<{quant} checkpoint of {model}>':
        '<poids {quant} de {model}>',
    'Total VRAM':
        'VRAM totale',
    "Not scanned yet: Scan looks for GGUF and safetensors models on this computer.":
        "Pas encore analysé\xa0: l'analyse cherche les modèles GGUF et safetensors sur cet "
        "ordinateur.",
    "Does not fit: these speeds assume it did. 'How to run it' shows the speed with part of the "
    "model in system RAM.":
        "Ne tient pas\xa0: ces vitesses supposent que le modèle tienne. «\u00a0Comment "
        "l'exécuter\u00a0» "
        "donne la vitesse avec une partie du modèle en mémoire système.",
    'batch {batch}, {bound} -> {value}':
        'lot de {batch}, {bound} -> {value}',
    'Samples per second':
        'Échantillons par seconde',
    'compute-bound':
        'limité par le calcul',
    'memory-bound':
        'limité par la mémoire',
    'samples/s':
        'éch./s',
    '{key} = {value} is outside the sane range {low} to {high}.':
        '{key} = {value} est hors de la plage raisonnable de {low} à {high}.',
    'Settings reset to their defaults; your saved models and GPU overrides are kept.':
        'Réglages rétablis à leurs valeurs par défaut\u202f; vos modèles enregistrés et vos '
        'valeurs personnalisées de GPU sont conservés.',
    '&Import custom models…':
        '&Importer des modèles personnalisés…',
    'Add models from a custom models file (the format of custom_models.json) to your saved '
    'models.':
        "Ajoute à vos modèles enregistrés les modèles d'un fichier de modèles personnalisés "
        '(au format de custom_models.json).',
    'The model, its quantization, the workload (context, batch, prompt…) and the theme go back '
    'to their defaults. The GPU, your saved models and your GPU overrides are kept.':
        'Le modèle, sa quantification, la charge de travail (contexte, lot, invite…) et le '
        'thème reprennent leurs valeurs par défaut. Le GPU, vos modèles enregistrés et vos '
        'valeurs personnalisées de GPU sont conservés.',
    'fresh':
        'à jour',
    'Stale since %1 — %2':
        'Plus à jour depuis %1 — %2',
    'Dismiss these messages':
        'Fermer ces messages',
    'Save as my model…':
        'Enregistrer dans mes modèles…',
    'Keep this Transformer model, with your architecture edits, under a name of your choice: '
    'it is listed under “My saved models”, also after a restart.':
        "Conserve ce modèle Transformer, avec vos modifications d'architecture, sous le nom de "
        'votre choix\xa0: il figure dans «\xa0Mes modèles enregistrés\xa0», y compris après un '
        'redémarrage.',
    'Delete my model':
        'Supprimer mon modèle',
    'Remove the selected model from your saved models (asks first).':
        'Retire le modèle sélectionné de vos modèles enregistrés (après confirmation).',
    'My saved models':
        'Mes modèles enregistrés',
    'Transformer (LLMs, BERT, ViT), convolutional network or multilayer perceptron; “My saved '
    'models” lists the models you saved.':
        'Transformer (LLM, BERT, ViT), réseau convolutif ou perceptron multicouche\u202f; '
        '«\xa0Mes modèles enregistrés\xa0» liste les modèles que vous avez enregistrés.',
    'Name of the model in your list (“My saved models”):':
        'Nom du modèle dans votre liste («\xa0Mes modèles enregistrés\xa0»)\xa0:',
    'Save as my model':
        'Enregistrer dans mes modèles',
    'Type a name for the model.':
        'Saisissez un nom pour le modèle.',
    'A name is at most 200 characters, without line breaks or control characters.':
        'Un nom compte au plus 200 caractères, sans saut de ligne ni caractère de contrôle.',
    'My %1':
        'Mon %1',
    'A model named “%1” is already in your list. Replace it?':
        'Un modèle nommé «\xa0%1\xa0» figure déjà dans votre liste. Le remplacer\u202f?',
    '“%1” is in your saved models.':
        '«\xa0%1\xa0» figure dans vos modèles enregistrés.',
    'Delete “%1” from your saved models? This cannot be undone.':
        'Supprimer «\xa0%1\xa0» de vos modèles enregistrés\u202f? Cette action est '
        'irréversible.',
    '“%1” was deleted from your saved models.':
        '«\xa0%1\xa0» a été supprimé de vos modèles enregistrés.',
    'Import custom models':
        'Importer des modèles personnalisés',
    'gpuscope custom models (*.json);;All files (*)':
        'Modèles personnalisés gpuscope (*.json);;Tous les fichiers (*)',
    'Cannot import these models':
        "Impossible d'importer ces modèles",
    '%n model(s) in this file have the same name as one of yours. Replace yours? (No: keep '
    'yours and skip those.)':
        [
            "%n modèle de ce fichier porte le même nom que l'un des vôtres. Remplacer le "
            'vôtre\u202f? (Non\xa0: garder le vôtre et ignorer celui-ci.)',
            '%n modèles de ce fichier portent le même nom que certains des vôtres. Remplacer '
            'les vôtres\u202f? (Non\xa0: garder les vôtres et ignorer ceux-ci.)',
        ],
    '%n model(s) imported into your saved models.':
        [
            '%n modèle importé dans vos modèles enregistrés.',
            '%n modèles importés dans vos modèles enregistrés.',
        ],
    '{problem} “{name}” stays in your list until gpuscope closes.':
        "{problem} «\xa0{name}\xa0» reste dans votre liste jusqu'à la fermeture de gpuscope.",
    '{problem} Your list of saved models stays as it is until gpuscope closes.':
        "{problem} Votre liste de modèles enregistrés reste telle quelle jusqu'à la fermeture "
        'de gpuscope.',
    '{problem} Your GPU override is used until gpuscope closes.':
        "{problem} Votre valeur personnalisée de GPU reste utilisée jusqu'à la fermeture de "
        'gpuscope.',
    'This GPU reports no UUID, so gpuscope cannot recognise it next time: your override is '
    'used until gpuscope closes, not saved.':
        "Ce GPU n'indique pas d'UUID, gpuscope ne pourra donc pas le reconnaître la prochaine "
        "fois\xa0: votre valeur est utilisée jusqu'à la fermeture de gpuscope, sans être "
        'enregistrée.',
    # plans: validation, plurals, context limits, commands that will not run (plans-fix)
    "llama.cpp's tensor split mode needs flash attention (-fa on); use the layer split with "
    'flash attention off.':
        "Le mode de répartition par tenseurs de llama.cpp exige l'attention flash (-fa on)\u202f; "
        "utilisez la répartition par couches si l'attention flash est désactivée.",
    '{model} is a dense model: it has no MoE experts to keep in RAM (offload layers instead).':
        "{model} est un modèle dense\u00a0: il n'a pas d'experts MoE à garder en RAM "
        '(déchargez plutôt des couches).',
    'max_num_seqs must be at least 1 (got {value}).':
        'max_num_seqs doit valoir au moins 1 (reçu {value}).',
    '{field} must be a number above 0 (got {value}).':
        '{field} doit être un nombre supérieur à 0 (reçu {value}).',
    'Host memory bandwidth':
        "Bande passante mémoire de l'hôte",
    'Host RAM':
        "RAM de l'hôte",
    '{quant} on %n GPU(s) with vLLM: {seqs}, {throughput} in total':
        ['{quant} sur %n GPU avec vLLM\u00a0: {seqs}, {throughput} au total',
         '{quant} sur %n GPU avec vLLM\u00a0: {seqs}, {throughput} au total'],
    '{quant} on %n GPU(s) with vLLM: one sequence of {context} tokens does not fit':
        ['{quant} sur %n GPU avec vLLM\u00a0: une séquence de {context} jetons ne tient pas',
         '{quant} sur %n GPU avec vLLM\u00a0: une séquence de {context} jetons ne tient pas'],
    '%n sequence(s) of {context} tokens':
        ['%n séquence de {context} jetons', '%n séquences de {context} jetons'],
    '{count} × {name}':
        '{count} × {name}',
    ' + ':
        ' + ',
    'vLLM has no {kv} KV cache: the plan and the command use its 8-bit cache instead '
    '(--kv-cache-dtype fp8, the same size within 6 %)':
        "vLLM n'a pas de cache KV {kv}\u00a0: le plan et la commande utilisent son cache 8 bits "
        'à la place (--kv-cache-dtype fp8, même taille à 6\u00a0% près)',
    'Context {context} is longer than the {limit} tokens the model supports: llama.cpp warns '
    'and runs, but answers degrade past {limit} tokens':
        'Le contexte de {context} dépasse les {limit} jetons que le modèle prend en charge\u00a0: '
        'llama.cpp avertit et continue, mais les réponses se dégradent au-delà de {limit} jetons',
    'Ollama caps num_ctx at the {limit} tokens the model supports (it logs “requested context '
    'size too large for model”): sequences stop at {limit} tokens, not {context}':
        'Ollama limite num_ctx aux {limit} jetons que le modèle prend en charge (il journalise '
        '«\u00a0requested context size too large for model\u00a0»)\u00a0: les séquences '
        "s'arrêtent à {limit} jetons, pas à {context}",
    'vLLM refuses --max-model-len {context}: the model supports {limit} tokens. Lower the '
    'context, or set VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 to force it (answers degrade past {limit} '
    'tokens)':
        'vLLM refuse --max-model-len {context}\u00a0: le modèle prend en charge {limit} jetons. '
        'Réduisez le contexte, ou définissez VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 pour le forcer '
        '(les réponses se dégradent au-delà de {limit} jetons)',
    'This plan does not fit in memory: the command will not run as planned (see the notes)':
        'Ce plan ne tient pas en mémoire\u00a0: la commande ne fonctionnera pas comme prévu '
        '(voir les remarques)',
    'This command will not start: at context {context} the model needs --tensor-parallel-size '
    '{tp} ({gpus} GPUs like this one)':
        'Cette commande ne démarrera pas\u00a0: avec un contexte de {context}, le modèle exige '
        '--tensor-parallel-size {tp} ({gpus} GPU comme celui-ci)',
    'This command will not start: at context {context} the model needs {gpus} GPUs in {nodes} '
    'nodes (--tensor-parallel-size {tp} --pipeline-parallel-size {pp})':
        'Cette commande ne démarrera pas\u00a0: avec un contexte de {context}, le modèle exige '
        '{gpus} GPU sur {nodes} nœuds (--tensor-parallel-size {tp} --pipeline-parallel-size '
        '{pp})',
    'This command will not start: even {gpus} GPUs like this one cannot hold the model at '
    'context {context}':
        'Cette commande ne démarrera pas\u00a0: même {gpus} GPU comme celui-ci ne peuvent pas '
        'contenir le modèle avec un contexte de {context}',
    "vLLM refuses --max-model-len above the model's {limit} tokens unless "
    'VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 is set':
        'vLLM refuse un --max-model-len supérieur aux {limit} jetons du modèle, sauf si '
        'VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 est défini',
    'Logarithmic scale; the box beside it takes an exact value.':
        'Échelle logarithmique\u202f; la case à côté prend une valeur exacte.',
    'Only the first %1 tokens of this prompt are counted: the context (%1 tokens) must hold '
    'the prompt. Raise the context to count all of it.':
        "Seuls les %1 premiers jetons de cette invite sont comptés\u202f: le contexte (%1 jetons) "
        "doit contenir l'invite. Augmentez le contexte pour la compter en entier.",
    'Sequences served at once (llama.cpp -np); each has its own context. From 1 to %1.':
        'Séquences servies simultanément (llama.cpp -np)\u202f; chacune a son propre contexte. '
        'De 1 à %1.',
    'Tokens processed before the first generated token (prefill). At most the context length: '
    'a longer prompt is counted up to the context.':
        "Jetons traités avant le premier jeton généré (pré-remplissage). Au plus la longueur de "
        "contexte\u202f: une invite plus longue est comptée jusqu'au contexte.",
    'Chart':
        'Graphique',
    'Speed':
        'Vitesse',
    "The figure the bars show for each quantization; the bars follow the table's order.":
        "La grandeur que les barres montrent pour chaque quantification\u202f; les barres suivent "
        "l'ordre du tableau.",
    'Decode speed (%1)':
        'Décodage (%1)',
    'Throughput (%1)':
        'Débit (%1)',
    'Largest context that fits (tokens)':
        'Plus grand contexte qui tient (jetons)',
    # import-fix: projectors, pipes, link loops
    "--mmproj goes with a model file; '{model}' is a preset, whose size has no projector to add.":
        "--mmproj accompagne un fichier de modèle\u202f; «\u00a0{model}\u00a0» est un modèle "
        "prédéfini, dont la "
        "taille n'a pas de projecteur à ajouter.",
    'Multimodal projector':
        'Projecteur multimodal',
    'sum of the tensor sizes in the mmproj file (loaded in VRAM beside the model, counted in the '
    'weights)':
        "somme des tailles des tenseurs du fichier mmproj (chargé en VRAM à côté du modèle, compté "
        "dans les poids)",
    '{file}: {n} tensors = {value}':
        '{file}\u00a0: {n} tenseurs = {value}',
    '{file}: {n} tensors = {value}; found beside the model file and attached automatically':
        '{file}\u00a0: {n} tenseurs = {value}\u202f; trouvé à côté du fichier du modèle et ajouté '
        'automatiquement',
    '{model}; + {projector} of multimodal projector = {value}':
        '{model}\u202f; + {projector} de projecteur multimodal = {value}',
    'tensor table of the mmproj file':
        'table des tenseurs du fichier mmproj',
    'not a regular file (a pipe, socket or device): gpuscope opens only model files':
        "pas un fichier ordinaire (un tube, un socket ou un périphérique)\u00a0: gpuscope "
        "n'ouvre que "
        "des fichiers de modèle",
    'a symbolic link loop: following its links leads back to them, never to a file':
        "une boucle de liens symboliques\u00a0: suivre ses liens y ramène sans jamais mener à un "
        "fichier",
    'Remove folder':
        'Retirer un dossier',
    'Stop scanning a folder you added (its files stay on the disk).':
        "Ne plus analyser un dossier que vous avez ajouté (ses fichiers restent sur le disque).",
    # gpuscope fits: GPUs of a snapshot, folders to scan; the window's fits view: your models
    '--gpus {n}, but {found} GPU(s) found; to plan for more, name the GPU with --gpu NAME '
    '--gpus {n}.':
        "--gpus {n}, mais {found} GPU trouvé(s)\u202f; pour en prévoir davantage, nommez le GPU "
        "avec --gpu NOM --gpus {n}.",
    '--gpus must be at least 1.':
        '--gpus doit valoir au moins 1.',
    '--models-dir {path}: not a folder.':
        "--models-dir {path}\xa0: ce n'est pas un dossier.",
    '{name} (my model)':
        '{name} (mon modèle)',
    'Ranked with the presets: {saved} of your saved models, {opened} opened from a file, '
    '{found} found on this computer.':
        'Classés avec les préréglages\xa0: vos modèles enregistrés ({saved}), ouverts '
        'depuis un fichier ({opened}), trouvés sur cet ordinateur ({found}).',
    'Looking for models on this computer…':
        'Recherche de modèles sur cet ordinateur…',
    'This computer has not been scanned yet.':
        "Cet ordinateur n'a pas encore été analysé.",
    'Find models on this computer':
        'Chercher les modèles de cet ordinateur',
    'Looks where My models looks (the Hugging Face cache, Ollama and LM Studio models, the '
    'folders you added) in the background, reading file headers only; the models found are '
    'ranked here too.':
        "Cherche là où cherche «\xa0Mes modèles\xa0» (le cache Hugging Face, les modèles Ollama "
        "et LM Studio, les dossiers ajoutés), en arrière-plan, en ne lisant que les en-têtes "
        "des fichiers\u202f; les modèles trouvés sont aussi classés ici.",
    # fr-fix: device labels, local NVML vs snapshot, plot menu, concepts with figures
    'Scroll tabs left':
        'Faire défiler les onglets vers la gauche',
    'Scroll tabs right':
        'Faire défiler les onglets vers la droite',
    'checking…':
        'vérification en cours…',
    'NVML on this machine':
        'NVML sur cette machine',
    'Snapshot':
        'Instantané',
    'not supported':
        'non pris en charge',
    "FP32 is 4 bytes per value, FP16 and BF16 2 bytes (BF16 keeps FP32's range), FP8 and INT8 1 "
    'byte, INT4 and FP4 half a byte. Fewer bits also compute faster on Tensor cores: on {gpu}, '
    'BF16 {bf16}, FP8 {fp8}, INT8 {int8}, INT4 {int4} (dense). Accumulating in FP32 is more '
    'accurate; GeForce cards do it at half speed: FP16 with FP32 accumulate {fp16}, with FP16 '
    'accumulate {fp16a16}.':
        'Une valeur FP32 occupe 4 octets, FP16 et BF16 2 octets (BF16 conserve la plage de '
        "FP32), FP8 et INT8 1 octet, INT4 et FP4 un demi-octet. Moins de bits, c'est aussi plus "
        "d'opérations par seconde sur les cœurs Tensor\xa0: sur {gpu}, BF16 {bf16}, FP8 {fp8}, "
        'INT8 {int8}, INT4 {int4} (dense). Accumuler en FP32 est plus précis\u202f; les cartes '
        'GeForce le font à mi-vitesse\xa0: FP16 avec accumulation FP32 {fp16}, avec '
        'accumulation FP16 {fp16a16}.',
    'Text is split into tokens — words, word pieces or characters — before the model sees it: '
    '{model} knows {vocab} different tokens (its vocabulary). English averages about 4 '
    'characters, or 0.75 words, per token; the context length counts tokens, not words: '
    '{context} tokens here, about {words} English words, up to {max_context} for this model.':
        "Le texte est découpé en jetons — mots, morceaux de mots ou caractères — avant d'être "
        'présenté au modèle\xa0: {model} connaît {vocab} jetons différents (son vocabulaire). '
        'En anglais, un jeton fait en moyenne 4 caractères environ, soit 0,75 mot\u202f; la '
        'longueur de contexte se compte en jetons, pas en mots\xa0: {context} jetons ici, soit '
        "environ {words} mots anglais, et jusqu'à {max_context} pour ce modèle.",
    'Text is split into tokens — words, word pieces or characters — before a language model '
    'sees it, and the context length counts tokens, not words. {model} reads images or feature '
    'vectors, not text: it has no tokens.':
        "Le texte est découpé en jetons — mots, morceaux de mots ou caractères — avant d'être "
        'présenté à un modèle de langage, et la longueur de contexte se compte en jetons, pas '
        'en mots. {model} lit des images ou des vecteurs de caractéristiques, pas du texte\xa0: '
        "il n'a pas de jetons.",
    'Snapshot #%1: %2':
        "GPU n°\xa0%1 de l'instantané\xa0: %2",
    'This machine #%1: %2':
        'GPU n°\xa0%1 de cette machine\xa0: %2',
    '%1 (in the snapshot)':
        "%1 (dans l'instantané)",
    'Snapshot: driver %1, CUDA %2':
        'Instantané\xa0: pilote %1, CUDA %2',
    'Checking NVML on this machine…':
        'Vérification de NVML sur cette machine…',
    'NVML not available on this machine':
        'NVML indisponible sur cette machine',
    'NVML on this machine: driver %1, CUDA %2':
        'NVML sur cette machine\xa0: pilote %1, CUDA %2',
    '%1: %2':
        '%1\xa0: %2',
    'Save plot as PNG…':
        'Enregistrer le graphique en PNG…',
    'Copy plot image':
        "Copier l'image du graphique",
    'Save plot as PNG':
        'Enregistrer le graphique en PNG',
    'PNG images (*.png)':
        'Images PNG (*.png)',
    'Could not write %1.':
        "Impossible d'écrire %1.",
    # fr-fix: formulas with × and → (the French follows the English symbols)
    '{tokens} tokens × (2 × {params} + attention over {tokens} tokens) = {value}':
        '{tokens} jetons × (2 × {params} + attention sur {tokens} jetons) = {value}',
    'batch {batch}, {bound} → {value}':
        'lot de {batch}, {bound} → {value}',
    '{params} parameters × {bytes} bytes = {value}':
        '{params} paramètres × {bytes} octets = {value}',
    '{layers} layers at {size} × {size} px = {value}':
        '{layers} couches à {size} × {size} px = {value}',
    '{batch} × {elements} values × {bytes} bytes = {value}':
        '{batch} × {elements} valeurs × {bytes} octets = {value}',
    'sum over tensors of elements × bits per weight of its type / 8 (llama.cpp recipe)':
        'somme sur les tenseurs des éléments × bits par poids de leur type / 8 (recette de '
        'llama.cpp)',
    'linear weights × their bits per weight (scales included) + other weights × 16 bits, / 8':
        "poids linéaires × leurs bits par poids (facteurs d'échelle compris) + autres poids × "
        '16 bits, / 8',
    'batch × layers × context × KV heads × (K dim + V dim) × bytes per element':
        'lot × couches × contexte × têtes KV × (dim. K + dim. V) × octets par élément',
    'batch × layers × context × (latent rank + RoPE dim) × bytes per element (MLA)':
        'lot × couches × contexte × (rang latent + dim. RoPE) × octets par élément (MLA)',
    'max(micro-batch × vocabulary × 4 B, attention scores, FFN activations)':
        "max(micro-lot × vocabulaire × 4 o, scores d'attention, activations du FFN)",
    'prefill chunk × (4 × hidden + 2 × FFN) × 2 B + batch × vocabulary × 4 B':
        'tranche de pré-remplissage × (4 × dim. cachée + 2 × FFN) × 2 o + lot × vocabulaire × 4 o',
    'runtime constant per GPU × GPUs':
        'constante du moteur par GPU × nombre de GPU',
    '2 × active parameters in matrix products + 2 × layers × heads × (d_k + d_v) × context':
        '2 × paramètres actifs des produits matriciels + 2 × couches × têtes × (d_k + d_v) × '
        'contexte',
    '1 / (max(weights read / (bandwidth × efficiency), dequantization, batch compute) + KV read '
    '/ (bandwidth × efficiency) + layers × per-layer time)':
        '1 / (max(poids lus / (bande passante × efficacité), déquantification, calcul du lot) + '
        'lecture KV / (bande passante × efficacité) + couches × temps par couche)',
    'tokens / (tokens × 2 × N / (peak × efficiency) + attention + weight reads per micro-batch)':
        'jetons / (jetons × 2 × N / (pic × efficacité) + attention + lectures des poids par '
        'micro-lot)',
    'batch / max(batch × FLOPs per image / (peak × efficiency), bytes moved / bandwidth)':
        'lot / max(lot × FLOPs par image / (pic × efficacité), octets transférés / bande passante)',
    'sum over layers of 2 × C_out × C_in/groups × k^2 × H_out × W_out':
        'somme sur les couches de 2 × C_out × C_in/groupes × k^2 × H_out × W_out',
    'sum over layers of 2 × inputs × outputs':
        'somme sur les couches de 2 × entrées × sorties',
    'batch × largest live activations × bytes per value':
        "lot × plus grand ensemble d'activations simultanées × octets par valeur",
    '{batch} × {layers} layers × {context} tokens × {per_token} per token and layer = {value}':
        '{batch} × {layers} couches × {context} jetons × {per_token} par jeton et par couche = '
        '{value}',
    '{batch} × ({full} full layers × {context} + {swa} sliding-window layers × {window}) tokens '
    '× {per_token} = {value}':
        '{batch} × ({full} couches complètes × {context} + {swa} couches à fenêtre glissante × '
        '{window}) jetons × {per_token} = {value}',
    '{per_gpu} × {gpus} = {value}. {reason}':
        '{per_gpu} × {gpus} = {value}. {reason}',
    '2 × {params} + {attention} of attention at context {context} = {value}':
        "2 × {params} + {attention} d'attention pour un contexte de {context} = {value}",
    'weights {weights} in {weights_time} at {bandwidth} × {eta}; KV read {kv_time}; {layers} '
    'layers × {layer_time}; step {step} → {value}':
        'poids {weights} en {weights_time} à {bandwidth} × {eta}\u202f; lecture KV '
        '{kv_time}\u202f; {layers} couches × {layer_time}\u202f; étape {step} → {value}',
    '{tokens} tokens × {flops_per_token} at {peak} ({peak_key}) × {eta} = {matmul_time}, + '
    '{other_time} weight reads and overheads → {value}':
        '{tokens} jetons × {flops_per_token} à {peak} ({peak_key}) × {eta} = {matmul_time}, + '
        '{other_time} de lectures des poids et de surcoûts → {value}',
    'One node is not enough at context {context}: {gpus} GPUs in {nodes} nodes (tensor parallel '
    '{tp} × pipeline parallel {pp})':
        'Un nœud ne suffit pas avec un contexte de {context}\xa0: {gpus} GPU dans {nodes} nœuds '
        '(parallélisme tensoriel {tp} × pipeline {pp})',
    "transfers per second × 8 B × channels × the fraction llama.cpp's CPU decode reaches":
        "transferts par seconde × 8 o × canaux × la fraction qu'atteint le décodage CPU de "
        'llama.cpp',
    '{bandwidth} × {efficiency} = {value} ({platform})':
        '{bandwidth} × {efficiency} = {value} ({platform})',
    '1 / (sum over GPUs of their part of the decode step + CPU bytes / host bandwidth + '
    'hand-overs × (latency + batch × d_model × 4 B / link bandwidth))':
        "1 / (somme sur les GPU de leur part de l'étape de décodage + octets CPU / bande "
        "passante de l'hôte + passages × (latence + lot × d_model × 4 o / bande passante du "
        'lien))',
    'GPUs {gpu_time} + CPU {cpu_bytes} in {cpu_time} + {hops} hand-overs in {hop_time} = {step} '
    '→ {value}':
        'GPU {gpu_time} + CPU {cpu_bytes} en {cpu_time} + {hops} passages en {hop_time} = '
        '{step} → {value}',
    '2 all-reduces per layer × layers × (latency + 2 (N-1)/N × batch × d_model × 2 B / link '
    'bandwidth)':
        '2 all-reduce par couche × couches × (latence + 2 (N-1)/N × lot × d_model × 2 o / bande '
        'passante du lien)',
    '2 × {layers} × ({latency} + {factor} × {message} / {bandwidth}) = {value} per step ({link})':
        '2 × {layers} × ({latency} + {factor} × {message} / {bandwidth}) = {value} par étape '
        '({link})',
    'VRAM × gpu_memory_utilization - weights / (TP × PP) - activation peak - non-torch memory':
        "mémoire vidéo × gpu_memory_utilization - poids / (TP × PP) - pic d'activations - "
        'mémoire hors PyTorch',
    '{vram} × {utilization} - {weights} - {activation} - {non_torch} = {value}':
        '{vram} × {utilization} - {weights} - {activation} - {non_torch} = {value}',
    'floor(KV blocks / ceil(context / block size)); KV blocks = floor(pool / (block size × KV '
    'bytes per token))':
        'plancher(blocs KV / plafond(contexte / taille de bloc))\u202f; blocs KV = '
        'plancher(réserve / (taille de bloc × octets KV par jeton))',
    'b* = (weights read / (bandwidth × efficiency)) / (2 × active parameters / (peak × '
    "efficiency)): the roofline's ridge":
        'b* = (poids lus / (bande passante × efficacité)) / (2 × paramètres actifs / (pic × '
        'efficacité))\xa0: le coude du roofline',
    # custom CNN and MLP architectures (model form, custom_models.json)
    'Width multiplier': 'Multiplicateur de largeur',
    'Multiplies every channel count (rounded to a multiple of 8), as EfficientNet scaling does: '
    'parameters and FLOPs grow about as its square. 1 × = the model as selected.':
        'Multiplie chaque nombre de canaux (arrondi à un multiple de 8), comme la mise à '
        'l\'échelle d\'EfficientNet\xa0: paramètres et FLOP croissent à peu près comme son carré. '
        '1 × = le modèle tel que choisi.',
    'Depth multiplier': 'Multiplicateur de profondeur',
    'Multiplies how many times each repeated block (stage) runs, rounded up. 1 × = the model as '
    'selected.':
        'Multiplie le nombre de répétitions de chaque bloc répété (étage), arrondi au-dessus. '
        '1 × = le modèle tel que choisi.',
    'Classes': 'Classes',
    'Outputs of the last fully-connected layer (1,000 for ImageNet).':
        'Sorties de la dernière couche entièrement connectée (1 000 pour ImageNet).',
    'Input channels': 'Canaux d\'entrée',
    'Channels of the input image: 3 for RGB, 1 for greyscale.':
        'Canaux de l\'image d\'entrée\xa0: 3 en RVB, 1 en niveaux de gris.',
    'Reference resolution': 'Résolution de référence',
    'Image size (square, in pixels) the published figures are for; the Image size field above '
    'sets the size estimated.':
        'Taille d\'image (carrée, en pixels) des chiffres publiés\xa0; le champ Taille d\'image '
        'plus haut fixe la taille estimée.',
    'Parameters: %1\nFLOPs per image at %3 × %3 px: %2\nActivation values at the busiest '
    'layer: %4':
        'Paramètres\xa0: %1\nFLOP par image à %3 × %3 px\xa0: %2\nValeurs d\'activation à la '
        'couche la plus chargée\xa0: %4',
    'the family must be “transformer”, “cnn” or “mlp”, with its architecture.':
        'la famille doit être «\xa0transformer\xa0», «\xa0cnn\xa0» ou «\xa0mlp\xa0», avec son '
        'architecture.',
    'a list': 'une liste',
    'Layer width': 'Largeur de couche',
    'Layer widths': 'Largeurs des couches',
    'input, hidden…, output: 784, 512, 10': 'entrée, cachées…, sortie\xa0: 784, 512, 10',
    'Widths from the input to the output, separated by commas: 784, 512, 512, 10 is 784 inputs, '
    'two hidden layers of 512 and 10 outputs (three dense layers).':
        'Largeurs de l\'entrée à la sortie, séparées par des virgules\xa0: 784, 512, 512, 10, '
        'c\'est 784 entrées, deux couches cachées de 512 et 10 sorties (trois couches denses).',
    'Biases': 'Biais',
    'Each dense layer adds a bias per output.': 'Chaque couche dense ajoute un biais par sortie.',
    'Dense layers: %1\nParameters: %2\nFLOPs per sample: %3':
        'Couches denses\xa0: %1\nParamètres\xa0: %2\nFLOP par échantillon\xa0: %3',
    'Keep this model, with your architecture edits, under a name of your choice: it is listed '
    'under “My saved models”, also after a restart.':
        'Garder ce modèle, avec vos modifications d\'architecture, sous le nom de votre choix\xa0: '
        'il figure sous «\xa0Mes modèles enregistrés\xa0», même après un redémarrage.',
    'A CNN needs 1 to {high} layer ops.': 'Un CNN a besoin de 1 à {high} opérations de couche.',
    'A CNN has at most {high} layers once repeats are counted.':
        'Un CNN a au plus {high} couches, répétitions comprises.',
    'CNN layer {layer} is not an object with a known op (conv, bn, act, maxpool, avgpool, '
    'adaptive_avgpool, gap, flatten, fc, bottleneck, mbconv).':
        'La couche {layer} du CNN n\'est pas un objet avec une opération connue (conv, bn, act, '
        'maxpool, avgpool, adaptive_avgpool, gap, flatten, fc, bottleneck, mbconv).',
    'CNN layer {layer}: {field} must be {expected}.':
        'Couche {layer} du CNN\xa0: {field} doit être {expected}.',
    'a whole number from {low} to {high}': 'un nombre entier de {low} à {high}',
    'true or false': 'true ou false',
    'text of at most 64 characters': 'un texte d\'au plus 64 caractères',
    '“same” or a whole number from 0 to {high}': '«\xa0same\xa0» ou un nombre entier de 0 à {high}',
    '“depthwise” or a whole number from 1 to {high}':
        '«\xa0depthwise\xa0» ou un nombre entier de 1 à {high}',
    'a number from 0 to 1': 'un nombre de 0 à 1',
    'An MLP needs 2 to {high} widths: the input, any hidden layers, the output.':
        'Un MLP a besoin de 2 à {high} largeurs\xa0: l\'entrée, les couches cachées éventuelles, '
        'la sortie.',
    '“{text}” is not a whole number: separate the widths with commas, without spaces inside a '
    'number.':
        '«\xa0{text}\xa0» n\'est pas un nombre entier\xa0: séparez les largeurs par des virgules, '
        'sans espace dans un nombre.',
}


def apply(new: dict[str, str | list[str]]) -> int:
    tree = ET.parse(TS)
    done = 0
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source")
        if src not in new:
            continue
        tr = msg.find("translation")
        tr.attrib.pop("type", None)
        value = new[src]
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            for form in value if isinstance(value, list) else [value, value]:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value if isinstance(value, str) else value[0]
        done += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return done


if __name__ == "__main__":
    print(f"{apply(NEW)} messages translated")
