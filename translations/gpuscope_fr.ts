<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <source>still looking for GPUs</source>
        <translation>recherche des GPU en cours</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification en cours…</translation>
    </message>
    <message>
        <source>available, driver %1, CUDA %2</source>
        <translation>disponible, pilote %1, CUDA %2</translation>
    </message>
    <message>
        <source>NVML on this machine</source>
        <translation>NVML sur cette machine</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>What can this GPU do, will this model fit, and how fast will it run? Every figure shows its formula and source. gpuscope works offline and never uses the network.</source>
        <translation>Que peut faire ce GPU, ce modèle tiendra-t-il en mémoire, et à quelle vitesse tournera-t-il&#x202f;? Chaque chiffre indique sa formule et sa source. gpuscope fonctionne hors ligne et n&apos;utilise jamais le réseau.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Open model file</source>
        <translation>Ouvrir un fichier de modèle</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.safetensors config.json);;All files (*)</source>
        <translation>Fichiers de modèle (*.gguf *.safetensors config.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open this model</source>
        <translation>Impossible d&apos;ouvrir ce modèle</translation>
    </message>
    <message>
        <source>Load GPU snapshot</source>
        <translation>Charger un instantané de GPU</translation>
    </message>
    <message>
        <source>gpuscope snapshots (*.json);;All files (*)</source>
        <translation>Instantanés gpuscope (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save GPU snapshot</source>
        <translation>Enregistrer un instantané de GPU</translation>
    </message>
    <message>
        <source>There is no detected GPU to record on this machine.</source>
        <translation>Aucun GPU détecté sur cette machine&#xa0;: rien à enregistrer.</translation>
    </message>
    <message>
        <source>gpuscope snapshots (*.json)</source>
        <translation>Instantanés gpuscope (*.json)</translation>
    </message>
    <message>
        <source>Export plots to folder</source>
        <translation>Exporter les graphiques dans un dossier</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export estimate</source>
        <translation>Exporter l&apos;estimation</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard</source>
        <translation>Résumé copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Settings reset to their defaults; your saved models and GPU overrides are kept.</source>
        <translation>Réglages rétablis à leurs valeurs par défaut&#x202f;; vos modèles enregistrés et vos valeurs personnalisées de GPU sont conservés.</translation>
    </message>
    <message>
        <source>About gpuscope</source>
        <translation>À propos de gpuscope</translation>
    </message>
</context>
<context>
    <name>ArchitectureFields</name>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Transformer blocks; each has attention and a feed-forward network.</source>
        <translation>Blocs Transformer&#x202f;; chacun comporte une attention et un réseau à propagation avant (FFN).</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Dimension cachée</translation>
    </message>
    <message>
        <source>Width of the residual stream (d_model): every token is a vector this long.</source>
        <translation>Largeur du flux résiduel (d_model)&#xa0;: chaque jeton est un vecteur de cette longueur.</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>Têtes d&apos;attention</translation>
    </message>
    <message>
        <source>Query heads per layer; each attends to the context separately.</source>
        <translation>Têtes de requête par couche&#x202f;; chacune calcule sa propre attention sur le contexte.</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>Têtes KV</translation>
    </message>
    <message>
        <source>Key/value heads per layer. Fewer than attention heads = grouped-query attention, which shrinks the KV cache.</source>
        <translation>Têtes clé/valeur par couche. Moins de têtes KV que de têtes d&apos;attention = attention à requêtes groupées (GQA), qui réduit le cache KV.</translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation>Dimension des têtes</translation>
    </message>
    <message>
        <source>Width of one attention head.</source>
        <translation>Largeur d&apos;une tête d&apos;attention.</translation>
    </message>
    <message>
        <source>FFN size</source>
        <translation>Taille du FFN</translation>
    </message>
    <message>
        <source>Width of the feed-forward network&apos;s hidden layer.</source>
        <translation>Largeur de la couche cachée du réseau à propagation avant.</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <source>Number of tokens the tokenizer knows; sets the embedding and output sizes.</source>
        <translation>Nombre de jetons que connaît le tokeniseur&#x202f;; fixe la taille des embeddings et de la couche de sortie.</translation>
    </message>
    <message>
        <source>Maximum context</source>
        <translation>Contexte maximal</translation>
    </message>
    <message>
        <source>Longest context the model was trained or extended for, in tokens.</source>
        <translation>Plus long contexte, en jetons, pour lequel le modèle a été entraîné ou étendu.</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Mixture of experts: FFN copies per layer (0 = dense model). All are in memory; only the active ones are read per token.</source>
        <translation>Mélange d&apos;experts&#xa0;: copies du FFN par couche (0 = modèle dense). Toutes sont en mémoire&#x202f;; seules les actives sont lues pour chaque jeton.</translation>
    </message>
    <message>
        <source>Active experts</source>
        <translation>Experts actifs</translation>
    </message>
    <message>
        <source>Experts the router picks for each token.</source>
        <translation>Experts que le routeur choisit pour chaque jeton.</translation>
    </message>
    <message>
        <source>Expert FFN size</source>
        <translation>Taille FFN d&apos;un expert</translation>
    </message>
    <message>
        <source>Hidden width of one expert (0 = same as FFN size).</source>
        <translation>Largeur cachée d&apos;un expert (0 = identique à la taille du FFN).</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>Fenêtre glissante</translation>
    </message>
    <message>
        <source>Tokens a sliding-window layer attends to (0 = none); caps its KV cache.</source>
        <translation>Jetons vus par une couche à fenêtre glissante (0 = aucune)&#x202f;; plafonne son cache KV.</translation>
    </message>
    <message>
        <source>Sliding-window layers</source>
        <translation>Couches à fenêtre glissante</translation>
    </message>
    <message>
        <source>How many layers use the sliding window.</source>
        <translation>Nombre de couches qui utilisent la fenêtre glissante.</translation>
    </message>
    <message>
        <source>Tied input and output embeddings</source>
        <translation>Embeddings entrée/sortie partagés</translation>
    </message>
    <message>
        <source>The output layer reuses the embedding table.</source>
        <translation>La couche de sortie réutilise la table d&apos;embeddings.</translation>
    </message>
</context>
<context>
    <name>Classify</name>
    <message>
        <source>decoder-only Transformer with {attention}</source>
        <translation>Transformer décodeur seul avec {attention}</translation>
    </message>
    <message>
        <source>encoder Transformer with {attention}</source>
        <translation>Transformer encodeur avec {attention}</translation>
    </message>
    <message>
        <source>encoder-decoder Transformer with {attention}</source>
        <translation>Transformer encodeur-décodeur avec {attention}</translation>
    </message>
    <message>
        <source>mixture-of-experts {kind}</source>
        <translation>{kind} (mélange d&apos;experts)</translation>
    </message>
    <message>
        <source>multi-head attention</source>
        <translation>attention multi-têtes</translation>
    </message>
    <message>
        <source>grouped-query attention</source>
        <translation>attention à requêtes groupées</translation>
    </message>
    <message>
        <source>multi-query attention</source>
        <translation>attention multi-requêtes</translation>
    </message>
    <message>
        <source>multi-head latent attention</source>
        <translation>attention latente multi-têtes</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>attention</translation>
    </message>
    <message>
        <source>convolutional network (CNN)</source>
        <translation>réseau convolutif (CNN)</translation>
    </message>
    <message>
        <source>multilayer perceptron (MLP)</source>
        <translation>perceptron multicouche (MLP)</translation>
    </message>
    <message>
        <source>recurrent (state-space) network</source>
        <translation>réseau récurrent (à espace d&apos;états)</translation>
    </message>
    <message>
        <source>unrecognised network</source>
        <translation>réseau non reconnu</translation>
    </message>
    <message>
        <source>{n} blocks with q/k/v/o attention projections</source>
        <translation>{n} blocs avec projections d&apos;attention q/k/v/o</translation>
    </message>
    <message>
        <source>{n} blocks with fused qkv attention projections</source>
        <translation>{n} blocs avec projections d&apos;attention qkv fusionnées</translation>
    </message>
    <message>
        <source>{heads} query heads with {kv} KV heads, one each: multi-head attention</source>
        <translation>{heads} têtes de requête et {kv} têtes KV, une pour chacune&#xa0;: attention multi-têtes</translation>
    </message>
    <message>
        <source>{heads} query heads share {kv} KV heads: grouped-query attention</source>
        <translation>{heads} têtes de requête se partagent {kv} têtes KV&#xa0;: attention à requêtes groupées</translation>
    </message>
    <message>
        <source>{heads} query heads share a single KV head: multi-query attention</source>
        <translation>{heads} têtes de requête se partagent une seule tête KV&#xa0;: attention multi-requêtes</translation>
    </message>
    <message>
        <source>query and key projections are equally wide ({width}): one KV head per query head</source>
        <translation>projections de requête et de clé de même largeur ({width})&#xa0;: une tête KV par tête de requête</translation>
    </message>
    <message>
        <source>query projection {q} wide, key projection {k} wide: {ratio} query heads per KV head (grouped-query attention)</source>
        <translation>projection de requête de largeur {q}, projection de clé de largeur {k}&#xa0;: {ratio} têtes de requête par tête KV (attention à requêtes groupées)</translation>
    </message>
    <message>
        <source>compressed KV projections (kv_a / kv_b): multi-head latent attention</source>
        <translation>projections KV compressées (kv_a / kv_b)&#xa0;: attention latente multi-têtes</translation>
    </message>
    <message>
        <source>KV compressed to a latent of rank {rank} (kv_a / kv_b projections): multi-head latent attention</source>
        <translation>KV compressés dans un espace latent de rang {rank} (projections kv_a / kv_b)&#xa0;: attention latente multi-têtes</translation>
    </message>
    <message>
        <source>the blocks form one causal stack (no separate encoder): decoder-only</source>
        <translation>les blocs forment une seule pile causale (pas d&apos;encodeur séparé)&#xa0;: décodeur seul</translation>
    </message>
    <message>
        <source>the blocks sit in an encoder stack with no decoder: encoder-only</source>
        <translation>les blocs forment une pile d&apos;encodeur sans décodeur&#xa0;: encodeur seul</translation>
    </message>
    <message>
        <source>the file declares bidirectional (non-causal) attention: encoder-only</source>
        <translation>le fichier déclare une attention bidirectionnelle (non causale)&#xa0;: encodeur seul</translation>
    </message>
    <message>
        <source>an encoder stack and a decoder stack</source>
        <translation>une pile d&apos;encodeur et une pile de décodeur</translation>
    </message>
    <message>
        <source>{n} routed experts per mixture-of-experts layer</source>
        <translation>{n} experts routés par couche de mélange d&apos;experts</translation>
    </message>
    <message>
        <source>{n} routed experts per mixture-of-experts layer, {k} active per token</source>
        <translation>{n} experts routés par couche de mélange d&apos;experts, {k} actifs par jeton</translation>
    </message>
    <message>
        <source>{n} blocks are recurrent (state-space) layers: a hybrid model</source>
        <translation>{n} blocs sont des couches récurrentes (à espace d&apos;états)&#xa0;: un modèle hybride</translation>
    </message>
    <message>
        <source>state-space / recurrent layers (ssm, time-mix) and no attention</source>
        <translation>couches récurrentes / à espace d&apos;états (ssm, time-mix) et aucune attention</translation>
    </message>
    <message>
        <source>{n} convolution kernels (4-D weights such as {example})</source>
        <translation>{n} noyaux de convolution (poids 4D comme {example})</translation>
    </message>
    <message>
        <source>{n} linear layers</source>
        <translation>{n} couches linéaires</translation>
    </message>
    <message>
        <source>{n} linear layers (2-D weights) and no convolution or attention</source>
        <translation>{n} couches linéaires (poids 2D), sans convolution ni attention</translation>
    </message>
    <message>
        <source>{n} linear layers and no convolution or attention, widths {widths}</source>
        <translation>{n} couches linéaires, sans convolution ni attention, largeurs {widths}</translation>
    </message>
    <message>
        <source>no attention projections, convolution kernels or linear layers were recognised</source>
        <translation>rien de reconnu&#xa0;: ni projection d&apos;attention, ni noyau de convolution, ni couche linéaire</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>NVML failed while reading GPU {index} ({reason}); the report shows what could be read.</source>
        <translation>NVML a échoué pendant la lecture du GPU {index} ({reason})&#x202f;; le rapport montre ce qui a pu être lu.</translation>
    </message>
</context>
<context>
    <name>CnnFields</name>
    <message>
        <source>Width multiplier</source>
        <translation>Multiplicateur de largeur</translation>
    </message>
    <message>
        <source>Multiplies every channel count (rounded to a multiple of 8), as EfficientNet scaling does: parameters and FLOPs grow about as its square. 1 × = the model as selected.</source>
        <translation>Multiplie chaque nombre de canaux (arrondi à un multiple de 8), comme la mise à l&apos;échelle d&apos;EfficientNet&#xa0;: paramètres et FLOP croissent à peu près comme son carré. 1 × = le modèle tel que choisi.</translation>
    </message>
    <message>
        <source>Depth multiplier</source>
        <translation>Multiplicateur de profondeur</translation>
    </message>
    <message>
        <source>Multiplies how many times each repeated block (stage) runs, rounded up. 1 × = the model as selected.</source>
        <translation>Multiplie le nombre de répétitions de chaque bloc répété (étage), arrondi au-dessus. 1 × = le modèle tel que choisi.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Outputs of the last fully-connected layer (1,000 for ImageNet).</source>
        <translation>Sorties de la dernière couche entièrement connectée (1 000 pour ImageNet).</translation>
    </message>
    <message>
        <source>Input channels</source>
        <translation>Canaux d&apos;entrée</translation>
    </message>
    <message>
        <source>Channels of the input image: 3 for RGB, 1 for greyscale.</source>
        <translation>Canaux de l&apos;image d&apos;entrée&#xa0;: 3 en RVB, 1 en niveaux de gris.</translation>
    </message>
    <message>
        <source>Reference resolution</source>
        <translation>Résolution de référence</translation>
    </message>
    <message>
        <source>Image size (square, in pixels) the published figures are for; the Image size field above sets the size estimated.</source>
        <translation>Taille d&apos;image (carrée, en pixels) des chiffres publiés&#xa0;; le champ Taille d&apos;image plus haut fixe la taille estimée.</translation>
    </message>
    <message>
        <source>Parameters: %1
FLOPs per image at %3 × %3 px: %2
Activation values at the busiest layer: %4</source>
        <translation>Paramètres&#xa0;: %1
FLOP par image à %3 × %3 px&#xa0;: %2
Valeurs d&apos;activation à la couche la plus chargée&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>ConceptsDialog</name>
    <message>
        <source>Concepts</source>
        <translation>Notions</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>non pris en charge</translation>
    </message>
    <message>
        <source>Transformer, CNN, MLP</source>
        <translation>Transformer, CNN, MLP</translation>
    </message>
    <message>
        <source>A Transformer (such as {model}) is a stack of self-attention blocks and linear layers; it reads text as tokens. A CNN slides small filters over an image (convolutions). An MLP is only dense layers, each connecting every input to every output.</source>
        <translation>Un Transformer (comme {model}) est un empilement de blocs d&apos;auto-attention et de couches linéaires&#x202f;; il lit le texte sous forme de jetons. Un CNN fait glisser de petits filtres sur une image (convolutions). Un MLP n&apos;est fait que de couches denses, dont chacune relie chaque entrée à chaque sortie.</translation>
    </message>
    <message>
        <source>FLOPs per token: the 2N rule</source>
        <translation>FLOPs par jeton&#xa0;: la règle des 2N</translation>
    </message>
    <message>
        <source>A dense layer with n inputs and m outputs costs 2 × n × m operations (a multiply and an add per weight). So a model with N parameters costs about 2N FLOPs per token: {model} has {params} parameters and needs {flops} per token here — giga-FLOPs per token, not tera-FLOPS. Attention adds a term that grows with the tokens already in context.</source>
        <translation>Une couche dense à n entrées et m sorties coûte 2 × n × m opérations (une multiplication et une addition par poids). Un modèle à N paramètres coûte donc environ 2N FLOPs par jeton&#xa0;: {model} a {params} paramètres et demande ici {flops} par jeton — des giga-FLOPs par jeton, pas des téra-FLOPS. L&apos;attention ajoute un terme qui croît avec le nombre de jetons déjà présents dans le contexte.</translation>
    </message>
    <message>
        <source>FLOPS vs TOPS, dense vs sparse</source>
        <translation>FLOPS et TOPS, calcul dense et creux</translation>
    </message>
    <message>
        <source>FLOPS count floating-point operations per second (FP32, FP16, BF16, FP8), TOPS integer ones (INT8, INT4). On {gpu}: FP32 {fp32}, FP16 tensor {fp16} dense ({fp16s} with 2:4 sparsity), INT8 {int8} dense ({int8s} sparse). NVIDIA&apos;s headline figures are usually the sparse ones; real models are dense.</source>
        <translation>Les FLOPS comptent les opérations en virgule flottante par seconde (FP32, FP16, BF16, FP8), les TOPS les opérations sur entiers (INT8, INT4). Sur {gpu}&#xa0;: FP32 {fp32}, FP16 Tensor {fp16} en dense ({fp16s} avec la parcimonie 2:4), INT8 {int8} en dense ({int8s} avec parcimonie). Les chiffres que NVIDIA met en avant sont en général ceux avec parcimonie&#x202f;; les vrais modèles sont denses.</translation>
    </message>
    <message>
        <source>CUDA, Tensor and RT cores</source>
        <translation>Cœurs CUDA, Tensor et RT</translation>
    </message>
    <message>
        <source>CUDA cores do general FP32/INT32 arithmetic ({fp32} here). Tensor cores multiply small matrices in FP16, BF16, FP8, INT8 or FP4 — that is where AI throughput comes from ({fp16} FP16 here). RT cores accelerate ray tracing and are not used for AI.</source>
        <translation>Les cœurs CUDA font l&apos;arithmétique générale FP32/INT32 ({fp32} ici). Les cœurs Tensor multiplient de petites matrices en FP16, BF16, FP8, INT8 ou FP4 — c&apos;est d&apos;eux que vient la puissance de calcul pour l&apos;IA ({fp16} en FP16 ici). Les cœurs RT accélèrent le lancer de rayons et ne servent pas à l&apos;IA.</translation>
    </message>
    <message>
        <source>Precisions</source>
        <translation>Précisions numériques</translation>
    </message>
    <message>
        <source>FP32 is 4 bytes per value, FP16 and BF16 2 bytes (BF16 keeps FP32&apos;s range), FP8 and INT8 1 byte, INT4 and FP4 half a byte. Fewer bits also compute faster on Tensor cores: on {gpu}, BF16 {bf16}, FP8 {fp8}, INT8 {int8}, INT4 {int4} (dense). Accumulating in FP32 is more accurate; GeForce cards do it at half speed: FP16 with FP32 accumulate {fp16}, with FP16 accumulate {fp16a16}.</source>
        <translation>Une valeur FP32 occupe 4 octets, FP16 et BF16 2 octets (BF16 conserve la plage de FP32), FP8 et INT8 1 octet, INT4 et FP4 un demi-octet. Moins de bits, c&apos;est aussi plus d&apos;opérations par seconde sur les cœurs Tensor&#xa0;: sur {gpu}, BF16 {bf16}, FP8 {fp8}, INT8 {int8}, INT4 {int4} (dense). Accumuler en FP32 est plus précis&#x202f;; les cartes GeForce le font à mi-vitesse&#xa0;: FP16 avec accumulation FP32 {fp16}, avec accumulation FP16 {fp16a16}.</translation>
    </message>
    <message>
        <source>Text is split into tokens — words, word pieces or characters — before the model sees it: {model} knows {vocab} different tokens (its vocabulary). English averages about 4 characters, or 0.75 words, per token; the context length counts tokens, not words: {context} tokens here, about {words} English words, up to {max_context} for this model.</source>
        <translation>Le texte est découpé en jetons — mots, morceaux de mots ou caractères — avant d&apos;être présenté au modèle&#xa0;: {model} connaît {vocab} jetons différents (son vocabulaire). En anglais, un jeton fait en moyenne 4 caractères environ, soit 0,75 mot&#x202f;; la longueur de contexte se compte en jetons, pas en mots&#xa0;: {context} jetons ici, soit environ {words} mots anglais, et jusqu&apos;à {max_context} pour ce modèle.</translation>
    </message>
    <message>
        <source>Text is split into tokens — words, word pieces or characters — before a language model sees it, and the context length counts tokens, not words. {model} reads images or feature vectors, not text: it has no tokens.</source>
        <translation>Le texte est découpé en jetons — mots, morceaux de mots ou caractères — avant d&apos;être présenté à un modèle de langage, et la longueur de contexte se compte en jetons, pas en mots. {model} lit des images ou des vecteurs de caractéristiques, pas du texte&#xa0;: il n&apos;a pas de jetons.</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Storing weights with fewer bits: {quant} keeps {model}&apos;s weights in {weights}. Fewer bytes mean less VRAM and faster generation, with some quality loss. GGUF types like Q4_K_M mix several block formats; gpuscope computes each tensor&apos;s type as llama.cpp does.</source>
        <translation>Stocker les poids sur moins de bits&#xa0;: {quant} ramène les poids de {model} à {weights}. Moins d&apos;octets, c&apos;est moins de mémoire vidéo et une génération plus rapide, au prix d&apos;une certaine perte de qualité. Les types GGUF comme Q4_K_M combinent plusieurs formats de blocs&#x202f;; gpuscope détermine le type de chaque tenseur comme le fait llama.cpp.</translation>
    </message>
    <message>
        <source>Inference: prefill and decode</source>
        <translation>Inférence&#xa0;: pré-remplissage et décodage</translation>
    </message>
    <message>
        <source>Running a trained model. Prefill processes the prompt in parallel and is limited by compute; decode generates one token at a time and must read every weight for each token, so it is limited by memory bandwidth ({bw} here): about {decode} for this selection. The KV cache ({kv} here) stores the attention keys and values of the context.</source>
        <translation>Exécuter un modèle entraîné. Le pré-remplissage traite l&apos;invite en parallèle et est limité par le calcul&#x202f;; le décodage génère un jeton à la fois et doit relire tous les poids pour chaque jeton&#xa0;: il est donc limité par la bande passante mémoire ({bw} ici), soit environ {decode} pour cette sélection. Le cache KV ({kv} ici) conserve les clés et les valeurs d&apos;attention du contexte.</translation>
    </message>
    <message>
        <source>Tokenization</source>
        <translation>Tokenisation</translation>
    </message>
</context>
<context>
    <name>CustomModels</name>
    <message>
        <source>Custom model {index} ({id}): {problem}</source>
        <translation>Modèle personnalisé {index} ({id})&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{field} must be {expected}.</source>
        <translation>{field} doit être {expected}.</translation>
    </message>
    <message>
        <source>the field {field} is missing.</source>
        <translation>le champ {field} manque.</translation>
    </message>
    <message>
        <source>the id must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>l&apos;identifiant doit compter de 1 à 64 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;», «&#xa0;+&#xa0;» ou «&#xa0;-&#xa0;», et commencer par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>another custom model already has this id.</source>
        <translation>un autre modèle personnalisé a déjà cet identifiant.</translation>
    </message>
    <message>
        <source>the family must be “transformer”, “cnn” or “mlp”, with its architecture.</source>
        <translation>la famille doit être «&#xa0;transformer&#xa0;», «&#xa0;cnn&#xa0;» ou «&#xa0;mlp&#xa0;», avec son architecture.</translation>
    </message>
    <message>
        <source>active_params cannot exceed params.</source>
        <translation>active_params ne peut pas dépasser params.</translation>
    </message>
    <message>
        <source>the file must hold a list of models or a gpuscope-custom-models document.</source>
        <translation>le fichier doit contenir une liste de modèles ou un document gpuscope-custom-models.</translation>
    </message>
    <message>
        <source>more than 1,000 models.</source>
        <translation>plus de 1&#x202f;000 modèles.</translation>
    </message>
    <message>
        <source>Custom models file {path}: {problem}</source>
        <translation>Fichier de modèles personnalisés {path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>custom models file version {found}: this gpuscope reads version 1 (a newer gpuscope wrote it?).</source>
        <translation>fichier de modèles personnalisés en version {found}&#xa0;: ce gpuscope lit la version 1 (écrit par un gpuscope plus récent&#x202f;?).</translation>
    </message>
    <message numerus="yes">
        <source>%n custom model(s) in {path} could not be read and were left out: {first} A copy of the file was kept as {backup}.</source>
        <translation>
            <numerusform>%n modèle personnalisé de {path} n&apos;a pas pu être lu et a été écarté&#xa0;: {first} Une copie du fichier a été conservée sous {backup}.</numerusform>
            <numerusform>%n modèles personnalisés de {path} n&apos;ont pas pu être lus et ont été écartés&#xa0;: {first} Une copie du fichier a été conservée sous {backup}.</numerusform>
        </translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>text of at most {length} characters</source>
        <translation>un texte d&apos;au plus {length} caractères</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>NVML reports no device</source>
        <translation>NVML ne signale aucun périphérique</translation>
    </message>
    <message>
        <source>--mmproj goes with a model file; &apos;{model}&apos; is a preset, whose size has no projector to add.</source>
        <translation>--mmproj accompagne un fichier de modèle&#x202f;; «&#xa0;{model}&#xa0;» est un modèle prédéfini, dont la taille n&apos;a pas de projecteur à ajouter.</translation>
    </message>
    <message>
        <source>the snapshot lists no device</source>
        <translation>l&apos;instantané ne contient aucun périphérique</translation>
    </message>
    <message>
        <source>No NVIDIA GPU detected ({reason}); choose one to plan for with --gpu NAME (see &apos;gpuscope gpus&apos;).</source>
        <translation>Aucun GPU NVIDIA détecté ({reason})&#x202f;; choisissez-en un pour lequel planifier avec --gpu NAME (voir «&#xa0;gpuscope gpus&#xa0;»).</translation>
    </message>
    <message>
        <source>--gpus {n}, but {found} GPU(s) found; to plan for more, name the GPU with --gpu NAME --gpus {n}.</source>
        <translation>--gpus {n}, mais {found} GPU trouvé(s)&#x202f;; pour en prévoir davantage, nommez le GPU avec --gpu NOM --gpus {n}.</translation>
    </message>
    <message>
        <source>--gpus must be at least 1.</source>
        <translation>--gpus doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>Unknown {kind} &apos;{query}&apos;. Closest matches: {matches}.</source>
        <translation>Introuvable&#xa0;: {kind} «&#xa0;{query}&#xa0;». Les plus proches&#xa0;: {matches}.</translation>
    </message>
    <message>
        <source>Unknown {kind} &apos;{query}&apos;.</source>
        <translation>Introuvable&#xa0;: {kind} «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <source>Model &apos;{model}&apos; has no architecture to estimate from.</source>
        <translation>Le modèle «&#xa0;{model}&#xa0;» ne décrit aucune architecture&#xa0;: rien à estimer.</translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high} (got {value}).</source>
        <translation>{field}&#xa0;: la valeur doit être comprise entre {low} et {high} (reçu {value}).</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>quantization</source>
        <translation>quantification</translation>
    </message>
    <message>
        <source>KV-cache type</source>
        <translation>type de cache KV</translation>
    </message>
    <message>
        <source>--gpus N repeats one GPU; with several --gpu names, list each GPU instead.</source>
        <translation>--gpus N répète un seul GPU&#x202f;; avec plusieurs noms --gpu, listez plutôt chaque GPU.</translation>
    </message>
    <message>
        <source>{option} expects {expected} (got &apos;{value}&apos;).</source>
        <translation>{option} attend {expected} (reçu «&#xa0;{value}&#xa0;»).</translation>
    </message>
    <message>
        <source>Unknown link &apos;{link}&apos;: use pcie3, pcie4, pcie5 or nvlink.</source>
        <translation>Lien inconnu «&#xa0;{link}&#xa0;»&#xa0;: utilisez pcie3, pcie4, pcie5 ou nvlink.</translation>
    </message>
    <message>
        <source>Tensor parallel {tp} must divide the model&apos;s {heads} attention heads; possible sizes: {valid}.</source>
        <translation>Le parallélisme tensoriel {tp} doit diviser les {heads} têtes d&apos;attention du modèle&#x202f;; tailles possibles&#xa0;: {valid}.</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s tensor split mode needs an unquantized KV cache (f16), not {kv}.</source>
        <translation>Le mode de découpage tensoriel de llama.cpp exige un cache KV non quantifié (f16), pas {kv}.</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s tensor split mode needs flash attention (-fa on); use the layer split with flash attention off.</source>
        <translation>Le mode de répartition par tenseurs de llama.cpp exige l&apos;attention flash (-fa on)&#x202f;; utilisez la répartition par couches si l&apos;attention flash est désactivée.</translation>
    </message>
    <message>
        <source>Plans are for text-generation Transformers; &apos;{model}&apos; is not one.</source>
        <translation>Les plans concernent les Transformers générateurs de texte&#x202f;; «&#xa0;{model}&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>{engine} runs GGUF files: choose a GGUF quantization such as q4_k_m or q8_0 (not {quant}).</source>
        <translation>{engine} exécute des fichiers GGUF&#xa0;: choisissez une quantification GGUF comme q4_k_m ou q8_0 (pas {quant}).</translation>
    </message>
    <message>
        <source>Ollama splits a model over GPUs by layers only; use llama.cpp or vLLM for tensor parallelism.</source>
        <translation>Ollama ne répartit un modèle entre GPU que par couches&#x202f;; utilisez llama.cpp ou vLLM pour le parallélisme tensoriel.</translation>
    </message>
    <message>
        <source>Unknown split &apos;{split}&apos;: use auto, layer or tensor.</source>
        <translation>Répartition inconnue «&#xa0;{split}&#xa0;»&#xa0;: utilisez auto, layer ou tensor.</translation>
    </message>
    <message>
        <source>{model} is a dense model: it has no MoE experts to keep in RAM (offload layers instead).</source>
        <translation>{model} est un modèle dense&#xa0;: il n&apos;a pas d&apos;experts MoE à garder en RAM (déchargez plutôt des couches).</translation>
    </message>
    <message>
        <source>Cannot plan for {gpu}: speed {reason}.</source>
        <translation>Impossible de planifier pour {gpu}&#xa0;: vitesse {reason}.</translation>
    </message>
    <message>
        <source>Cannot plan for {gpu}: its VRAM size is unknown ({reason}).</source>
        <translation>Impossible de planifier pour {gpu}&#xa0;: sa quantité de VRAM est inconnue ({reason}).</translation>
    </message>
    <message>
        <source>vLLM&apos;s KV cache is 16-bit (auto) or fp8, not {kv}.</source>
        <translation>Le cache KV de vLLM est en 16 bits (auto) ou fp8, pas {kv}.</translation>
    </message>
    <message>
        <source>gpu_memory_utilization must be above 0 and at most 1 (got {value}).</source>
        <translation>gpu_memory_utilization doit être supérieur à 0 et au plus 1 (reçu {value}).</translation>
    </message>
    <message>
        <source>max_num_seqs must be at least 1 (got {value}).</source>
        <translation>max_num_seqs doit valoir au moins 1 (reçu {value}).</translation>
    </message>
    <message>
        <source>No model of family &apos;{family}&apos;; families: {known}.</source>
        <translation>Aucun modèle de la famille «&#xa0;{family}&#xa0;»&#x202f;; familles&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>--min-speed must be a positive number of tokens/s.</source>
        <translation>--min-speed doit être un nombre positif de jetons/s.</translation>
    </message>
    <message>
        <source>{field} must be a number above 0 (got {value}).</source>
        <translation>{field} doit être un nombre supérieur à 0 (reçu {value}).</translation>
    </message>
    <message>
        <source>--models-dir {path}: not a folder.</source>
        <translation>--models-dir {path}&#xa0;: ce n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot rank models on {gpu}: its VRAM size is unknown ({reason}); choose a GPU with --gpu NAME.</source>
        <translation>Impossible de classer les modèles sur {gpu}&#xa0;: sa quantité de VRAM est inconnue ({reason})&#x202f;; choisissez un GPU avec --gpu NOM.</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>{tokens} tokens × (2 × {params} + attention over {tokens} tokens) = {value}</source>
        <translation>{tokens} jetons × (2 × {params} + attention sur {tokens} jetons) = {value}</translation>
    </message>
    <message>
        <source>batch {batch}, {bound} → {value}</source>
        <translation>lot de {batch}, {bound} → {value}</translation>
    </message>
    <message>
        <source>roofline, 40 % of the dense tensor peak and 85 % of bandwidth (not calibrated)</source>
        <translation>roofline, 40&#x202f;% du pic Tensor dense et 85&#x202f;% de la bande passante (non calibré)</translation>
    </message>
    <message>
        <source>{params} parameters × {bytes} bytes = {value}</source>
        <translation>{params} paramètres × {bytes} octets = {value}</translation>
    </message>
    <message>
        <source>{layers} layers at {size} × {size} px = {value}</source>
        <translation>{layers} couches à {size} × {size} px = {value}</translation>
    </message>
    <message>
        <source>{layers} dense layers, {inputs} inputs = {value}</source>
        <translation>{layers} couches denses, {inputs} entrées = {value}</translation>
    </message>
    <message>
        <source>{batch} × {elements} values × {bytes} bytes = {value}</source>
        <translation>{batch} × {elements} valeurs × {bytes} octets = {value}</translation>
    </message>
    <message>
        <source>layer-by-layer walk of the architecture</source>
        <translation>parcours de l&apos;architecture couche par couche</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <source>Compute buffer</source>
        <translation>Tampon de calcul</translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation>Surcoût du moteur d&apos;exécution</translation>
    </message>
    <message>
        <source>Total VRAM needed</source>
        <translation>Mémoire vidéo totale requise</translation>
    </message>
    <message>
        <source>FLOPs per token</source>
        <translation>FLOPs par jeton</translation>
    </message>
    <message>
        <source>Prefill speed</source>
        <translation>Vitesse de pré-remplissage</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>Vitesse de décodage</translation>
    </message>
    <message>
        <source>Largest context that fits</source>
        <translation>Plus grand contexte qui tient</translation>
    </message>
    <message>
        <source>Images per second</source>
        <translation>Images par seconde</translation>
    </message>
    <message>
        <source>Samples per second</source>
        <translation>Échantillons par seconde</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>limité par le calcul</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>limité par la mémoire</translation>
    </message>
    <message>
        <source>FLOPs per image</source>
        <translation>FLOPs par image</translation>
    </message>
    <message>
        <source>FLOPs per sample</source>
        <translation>FLOPs par échantillon</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Activations</translation>
    </message>
    <message>
        <source>sum over tensors of elements × bits per weight of its type / 8 (llama.cpp recipe)</source>
        <translation>somme sur les tenseurs des éléments × bits par poids de leur type / 8 (recette de llama.cpp)</translation>
    </message>
    <message>
        <source>linear weights × their bits per weight (scales included) + other weights × 16 bits, / 8</source>
        <translation>poids linéaires × leurs bits par poids (facteurs d&apos;échelle compris) + autres poids × 16 bits, / 8</translation>
    </message>
    <message>
        <source>batch × layers × context × KV heads × (K dim + V dim) × bytes per element</source>
        <translation>lot × couches × contexte × têtes KV × (dim. K + dim. V) × octets par élément</translation>
    </message>
    <message>
        <source>batch × layers × context × (latent rank + RoPE dim) × bytes per element (MLA)</source>
        <translation>lot × couches × contexte × (rang latent + dim. RoPE) × octets par élément (MLA)</translation>
    </message>
    <message>
        <source>max(micro-batch × vocabulary × 4 B, attention scores, FFN activations)</source>
        <translation>max(micro-lot × vocabulaire × 4 o, scores d&apos;attention, activations du FFN)</translation>
    </message>
    <message>
        <source>prefill chunk × (4 × hidden + 2 × FFN) × 2 B + batch × vocabulary × 4 B</source>
        <translation>tranche de pré-remplissage × (4 × dim. cachée + 2 × FFN) × 2 o + lot × vocabulaire × 4 o</translation>
    </message>
    <message>
        <source>runtime constant per GPU × GPUs</source>
        <translation>constante du moteur par GPU × nombre de GPU</translation>
    </message>
    <message>
        <source>2 × active parameters in matrix products + 2 × layers × heads × (d_k + d_v) × context</source>
        <translation>2 × paramètres actifs des produits matriciels + 2 × couches × têtes × (d_k + d_v) × contexte</translation>
    </message>
    <message>
        <source>1 / (family factor × (max(soft max((weights + KV) read / (bandwidth × efficiency), weights × SM cycles per weight / (SMs × clock)), batch compute) + layers × per-layer time))</source>
        <translation>1 / (facteur de famille × (max(max doux((poids + KV) lus / (bande passante × efficacité), poids × cycles SM par poids / (SM × horloge)), calcul du lot) + couches × temps par couche))</translation>
    </message>
    <message>
        <source>tokens / (tokens × 2 × N / (peak × efficiency) + attention + weight reads per micro-batch)</source>
        <translation>jetons / (jetons × 2 × N / (pic × efficacité) + attention + lectures des poids par micro-lot)</translation>
    </message>
    <message>
        <source>batch / max(batch × FLOPs per image / (peak × efficiency), bytes moved / bandwidth)</source>
        <translation>lot / max(lot × FLOPs par image / (pic × efficacité), octets transférés / bande passante)</translation>
    </message>
    <message>
        <source>sum over layers of 2 × C_out × C_in/groups × k^2 × H_out × W_out</source>
        <translation>somme sur les couches de 2 × C_out × C_in/groupes × k^2 × H_out × W_out</translation>
    </message>
    <message>
        <source>sum over layers of 2 × inputs × outputs</source>
        <translation>somme sur les couches de 2 × entrées × sorties</translation>
    </message>
    <message>
        <source>batch × largest live activations × bytes per value</source>
        <translation>lot × plus grand ensemble d&apos;activations simultanées × octets par valeur</translation>
    </message>
    <message>
        <source>sum of the tensor sizes in the file</source>
        <translation>somme des tailles des tenseurs du fichier</translation>
    </message>
    <message>
        <source>weights + KV cache + compute buffer + overhead</source>
        <translation>poids + cache KV + tampon de calcul + surcoût</translation>
    </message>
    <message>
        <source>roofline with bandwidth and per-SM terms fitted across GPU families; no measurements for the {family} family itself: wider uncertainty</source>
        <translation>roofline avec termes de bande passante et par SM ajustés sur l&apos;ensemble des familles de GPU&#x202f;; aucune mesure pour la famille {family} elle-même&#xa0;: incertitude plus large</translation>
    </message>
    <message>
        <source>largest context c up to the model&apos;s maximum with total(c) &lt;= available VRAM (bisection)</source>
        <translation>plus grand contexte c, jusqu&apos;au maximum du modèle, tel que total(c) &lt;= mémoire vidéo disponible (dichotomie)</translation>
    </message>
    <message>
        <source>llama.cpp llama_tensor_get_type() rules; ggml block sizes</source>
        <translation>règles de llama_tensor_get_type() dans llama.cpp&#x202f;; tailles de bloc ggml</translation>
    </message>
    <message>
        <source>tensor table of the model file</source>
        <translation>table des tenseurs du fichier de modèle</translation>
    </message>
    <message>
        <source>model architecture; llama.cpp KV cache element sizes</source>
        <translation>architecture du modèle&#x202f;; tailles d&apos;élément du cache KV de llama.cpp</translation>
    </message>
    <message>
        <source>fitted to llama.cpp&apos;s logged compute buffers (70.5 MiB at 512, 164 MiB at 2048 tokens, 7B)</source>
        <translation>ajusté sur les tampons de calcul journalisés par llama.cpp (70,5 Mio à 512 jetons, 164 Mio à 2&#x202f;048 jetons, modèle 7B)</translation>
    </message>
    <message>
        <source>roofline with efficiencies fitted to llama-bench results ({family} family)</source>
        <translation>roofline avec des efficacités ajustées sur les résultats de llama-bench (famille {family})</translation>
    </message>
    <message>
        <source>arithmetic on the model&apos;s architecture</source>
        <translation>calcul à partir de l&apos;architecture du modèle</translation>
    </message>
    <message>
        <source>roofline with assumed efficiencies (GEMM 40 % of peak, 85 % of bandwidth); not calibrated</source>
        <translation>roofline avec des efficacités supposées (GEMM à 40&#x202f;% du pic, 85&#x202f;% de la bande passante)&#x202f;; non calibré</translation>
    </message>
    <message>
        <source>{params} parameters at {bpw} on average = {value}</source>
        <translation>{params} paramètres à {bpw} en moyenne = {value}</translation>
    </message>
    <message>
        <source>{params} parameters at {bpw} on average = {total}; {host} of input embeddings stay in RAM, {value} in VRAM</source>
        <translation>{params} paramètres à {bpw} en moyenne = {total}&#x202f;; {host} d&apos;embeddings d&apos;entrée restent en RAM, {value} en mémoire vidéo</translation>
    </message>
    <message>
        <source>{batch} × {layers} layers × {context} tokens × {per_token} per token and layer = {value}</source>
        <translation>{batch} × {layers} couches × {context} jetons × {per_token} par jeton et par couche = {value}</translation>
    </message>
    <message>
        <source>{batch} × ({full} full layers × {context} + {swa} sliding-window layers × {window}) tokens × {per_token} = {value}</source>
        <translation>{batch} × ({full} couches complètes × {context} + {swa} couches à fenêtre glissante × {window}) jetons × {per_token} = {value}</translation>
    </message>
    <message>
        <source>{per_gpu} × {gpus} = {value}. {reason}</source>
        <translation>{per_gpu} × {gpus} = {value}. {reason}</translation>
    </message>
    <message>
        <source>2 × {params} + {attention} of attention at context {context} = {value}</source>
        <translation>2 × {params} + {attention} d&apos;attention pour un contexte de {context} = {value}</translation>
    </message>
    <message>
        <source>weights {weights} in {weights_time} at {bandwidth} × {eta}; KV read {kv_time}; {layers} layers × {layer_time}; step {step} → {value}</source>
        <translation>poids {weights} en {weights_time} à {bandwidth} × {eta}&#x202f;; lecture KV {kv_time}&#x202f;; {layers} couches × {layer_time}&#x202f;; étape {step} → {value}</translation>
    </message>
    <message>
        <source>{tokens} tokens × {flops_per_token} at {peak} ({peak_key}) × {eta} = {matmul_time}, + {other_time} weight reads and overheads → {value}</source>
        <translation>{tokens} jetons × {flops_per_token} à {peak} ({peak_key}) × {eta} = {matmul_time}, + {other_time} de lectures des poids et de surcoûts → {value}</translation>
    </message>
    <message>
        <source>{value}</source>
        <translation>{value}</translation>
    </message>
    <message>
        <source>{weights} + {kv} + {compute} + {overhead} = {value}</source>
        <translation>{weights} + {kv} + {compute} + {overhead} = {value}</translation>
    </message>
    <message>
        <source>total({value_ctx}) &lt;= {available}; model maximum {limit}</source>
        <translation>total({value_ctx}) &lt;= {available}&#x202f;; maximum du modèle {limit}</translation>
    </message>
    <message>
        <source>Multimodal projector</source>
        <translation>Projecteur multimodal</translation>
    </message>
    <message>
        <source>sum of the tensor sizes in the mmproj file (loaded in VRAM beside the model, counted in the weights)</source>
        <translation>somme des tailles des tenseurs du fichier mmproj (chargé en VRAM à côté du modèle, compté dans les poids)</translation>
    </message>
    <message>
        <source>{file}: {n} tensors = {value}</source>
        <translation>{file}&#xa0;: {n} tenseurs = {value}</translation>
    </message>
    <message>
        <source>{file}: {n} tensors = {value}; found beside the model file and attached automatically</source>
        <translation>{file}&#xa0;: {n} tenseurs = {value}&#x202f;; trouvé à côté du fichier du modèle et ajouté automatiquement</translation>
    </message>
    <message>
        <source>{model}; + {projector} of multimodal projector = {value}</source>
        <translation>{model}&#x202f;; + {projector} de projecteur multimodal = {value}</translation>
    </message>
    <message>
        <source>tensor table of the mmproj file</source>
        <translation>table des tenseurs du fichier mmproj</translation>
    </message>
    <message>
        <source>{activations} activations + {workspace} workspace = {value}</source>
        <translation>{activations} d&apos;activations + {workspace} d&apos;espace de travail = {value}</translation>
    </message>
    <message>
        <source>batch × largest live activations × bytes per value + cuDNN / cuBLAS workspace</source>
        <translation>lot × plus grandes activations vivantes × octets par valeur + espace de travail cuDNN / cuBLAS</translation>
    </message>
    <message>
        <source>layer-by-layer walk; 256 MiB library workspace (assumed)</source>
        <translation>parcours couche par couche&#x202f;; 256 Mio d&apos;espace de travail des bibliothèques (hypothèse)</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Show the work</source>
        <translation>Détail des calculs</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{model} · {quant} on {gpu}</source>
        <translation>{model} · {quant} sur {gpu}</translation>
    </message>
    <message>
        <source>Context {context} × batch {batch}, prompt {prompt}, KV cache {kv}, runtime {runtime}</source>
        <translation>Contexte {context} × lot {batch}, invite {prompt}, cache KV {kv}, moteur {runtime}</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>GPU: {name}, {memory}, {bandwidth}</source>
        <translation>GPU&#xa0;: {name}, {memory}, {bandwidth}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Estimated by gpuscope (dense peaks; speed ranges are calibration uncertainty).</source>
        <translation>Estimation de gpuscope (pics denses&#x202f;; les fourchettes de vitesse traduisent l&apos;incertitude de calibration).</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Context length</source>
        <translation>Longueur de contexte</translation>
    </message>
    <message>
        <source>Batch / parallel sequences</source>
        <translation>Lot / séquences parallèles</translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation>Longueur de l&apos;invite</translation>
    </message>
    <message>
        <source>Micro-batch</source>
        <translation>Micro-lot</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Taille d&apos;image</translation>
    </message>
    <message>
        <source>Number of GPUs</source>
        <translation>Nombre de GPU</translation>
    </message>
    <message>
        <source>Tokens before the prompt</source>
        <translation>Jetons avant l&apos;invite</translation>
    </message>
    <message>
        <source>Layers</source>
        <extracomment>field -&gt; (low, high): wide enough for any published model, tight enough to refuse typos</extracomment>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Dimension cachée</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>Têtes d&apos;attention</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>Têtes KV</translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation>Dimension des têtes</translation>
    </message>
    <message>
        <source>FFN size</source>
        <translation>Taille du FFN</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <source>Maximum context</source>
        <translation>Contexte maximal</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Active experts</source>
        <translation>Experts actifs</translation>
    </message>
    <message>
        <source>Expert FFN size</source>
        <translation>Taille FFN d&apos;un expert</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>Fenêtre glissante</translation>
    </message>
    <message>
        <source>Sliding-window layers</source>
        <translation>Couches à fenêtre glissante</translation>
    </message>
    <message>
        <source>Host memory bandwidth</source>
        <translation>Bande passante mémoire de l&apos;hôte</translation>
    </message>
    <message>
        <source>Host RAM</source>
        <translation>RAM de l&apos;hôte</translation>
    </message>
    <message>
        <source>Reference resolution</source>
        <translation>Résolution de référence</translation>
    </message>
    <message>
        <source>Input channels</source>
        <translation>Canaux d&apos;entrée</translation>
    </message>
    <message>
        <source>Layer width</source>
        <translation>Largeur de couche</translation>
    </message>
</context>
<context>
    <name>FitsTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Best quantization</source>
        <translation>Meilleure quantif.</translation>
    </message>
    <message>
        <source>Quality cost</source>
        <translation>Perte de qualité</translation>
    </message>
    <message>
        <source>VRAM needed</source>
        <translation>VRAM requise</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Décodage</translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation>Pré-remplissage</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Tient</translation>
    </message>
    <message>
        <source>Perplexity increase over the unquantized model, as published (hover a cell for the source).</source>
        <translation>Hausse de perplexité par rapport au modèle non quantifié, telle que publiée (survolez une cellule pour voir la source).</translation>
    </message>
    <message>
        <source>VRAM the run needs at this context: weights, KV cache, compute buffer and runtime overhead.</source>
        <translation>Mémoire vidéo requise à ce contexte&#xa0;: poids, cache KV, tampon de calcul et surcoût du moteur d&apos;exécution.</translation>
    </message>
    <message>
        <source>VRAM left after loading: of the VRAM free now when the model fits it, else of an idle GPU (negative: missing).</source>
        <translation>Mémoire vidéo restante après chargement&#xa0;: sur la mémoire libre maintenant si le modèle y tient, sinon sur un GPU inactif (négatif&#xa0;: ce qui manque).</translation>
    </message>
    <message>
        <source>Tokens generated per second with the whole context cached.</source>
        <translation>Jetons générés par seconde avec tout le contexte en cache.</translation>
    </message>
    <message>
        <source>Prompt tokens processed per second (512-token prompt).</source>
        <translation>Jetons d&apos;invite traités par seconde (invite de 512 jetons).</translation>
    </message>
    <message>
        <source>Tokens of context evaluated: the one asked for, or the model&apos;s maximum when shorter.</source>
        <translation>Contexte évalué, en jetons&#xa0;: celui demandé, ou le maximum du modèle s&apos;il est plus court.</translation>
    </message>
    <message>
        <source>{name} (my model)</source>
        <translation>{name} (mon modèle)</translation>
    </message>
    <message>
        <source>{name} (local file)</source>
        <translation>{name} (fichier local)</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Ne tient pas</translation>
    </message>
    <message>
        <source>Idle GPU only</source>
        <translation>GPU inactif seulement</translation>
    </message>
    <message>
        <source>Fits now (idle GPU: {quant})</source>
        <translation>Tient maintenant (GPU inactif&#xa0;: {quant})</translation>
    </message>
    <message>
        <source>Fits now</source>
        <translation>Tient maintenant</translation>
    </message>
    <message>
        <source>{n} B</source>
        <translation>{n} Md</translation>
    </message>
    <message>
        <source>{n} M</source>
        <translation>{n} M</translation>
    </message>
    <message>
        <source>The model&apos;s maximum context is shorter than the one asked for; it is evaluated at its maximum.</source>
        <translation>Le contexte maximal du modèle est plus court que celui demandé&#x202f;; il est évalué à son maximum.</translation>
    </message>
    <message>
        <source>Needs {needed}; {free} is free now.</source>
        <translation>Il faut {needed}&#x202f;; libre maintenant&#xa0;: {free}.</translation>
    </message>
    <message>
        <source>On an idle GPU, {quant} would fit ({needed}).</source>
        <translation>Sur un GPU inactif, {quant} tiendrait ({needed}).</translation>
    </message>
    <message>
        <source>Needs at least {needed} (with {quant}); {available} available.</source>
        <translation>Il faut au moins {needed} (avec {quant})&#x202f;; disponible&#xa0;: {available}.</translation>
    </message>
</context>
<context>
    <name>FitsView</name>
    <message>
        <source>Models that fit</source>
        <translation>Modèles qui tiennent</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Toutes les familles</translation>
    </message>
    <message>
        <source>Choose a GPU to see which models fit.</source>
        <translation>Choisissez un GPU pour voir quels modèles y tiennent.</translation>
    </message>
    <message>
        <source>{n} × {name}</source>
        <translation>{n} × {name}</translation>
    </message>
    <message>
        <source>{gpu}: {total} (free VRAM unknown: fits are for an idle GPU)</source>
        <translation>{gpu}&#xa0;: {total} (mémoire libre inconnue&#xa0;: résultats pour un GPU inactif)</translation>
    </message>
    <message>
        <source>{gpu}: {total}, {free} free now</source>
        <translation>{gpu}&#xa0;: {total}, libre maintenant&#xa0;: {free}</translation>
    </message>
    <message>
        <source>Ranked with the presets: {saved} of your saved models, {opened} opened from a file, {found} found on this computer.</source>
        <translation>Classés avec les préréglages&#xa0;: vos modèles enregistrés ({saved}), ouverts depuis un fichier ({opened}), trouvés sur cet ordinateur ({found}).</translation>
    </message>
    <message>
        <source>Looking for models on this computer…</source>
        <translation>Recherche de modèles sur cet ordinateur…</translation>
    </message>
    <message>
        <source>This computer has not been scanned yet.</source>
        <translation>Cet ordinateur n&apos;a pas encore été analysé.</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>Contexte (jetons)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Parameters (billions)</source>
        <translation>Paramètres (milliards)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Minimum decode (tok/s)</source>
        <translation>Décodage min. (jetons/s)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>any</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Only quantizations decoding at least this fast; models that never do are hidden.</source>
        <translation>Seulement les quantifications qui décodent au moins à cette vitesse&#x202f;; les modèles qui n&apos;y arrivent jamais sont masqués.</translation>
    </message>
    <message>
        <source>Dense and MoE</source>
        <translation>Denses et MoE</translation>
    </message>
    <message>
        <source>Dense only</source>
        <translation>Denses seulement</translation>
    </message>
    <message>
        <source>Mixture of experts only</source>
        <translation>MoE seulement</translation>
    </message>
    <message>
        <source>Fits now</source>
        <translation>Tient maintenant</translation>
    </message>
    <message>
        <source>Idle GPU only</source>
        <translation>GPU inactif</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Ne tient pas</translation>
    </message>
    <message>
        <source>Computing every model × quantization…</source>
        <translation>Calcul de chaque modèle × quantification…</translation>
    </message>
    <message>
        <source>Find models on this computer</source>
        <translation>Chercher les modèles de cet ordinateur</translation>
    </message>
    <message>
        <source>Looks where My models looks (the Hugging Face cache, Ollama and LM Studio models, the folders you added) in the background, reading file headers only; the models found are ranked here too.</source>
        <translation>Cherche là où cherche «&#xa0;Mes modèles&#xa0;» (le cache Hugging Face, les modèles Ollama et LM Studio, les dossiers ajoutés), en arrière-plan, en ne lisant que les en-têtes des fichiers&#x202f;; les modèles trouvés sont aussi classés ici.</translation>
    </message>
    <message>
        <source>Best first: models that fit the free VRAM now, then those that need an idle GPU, then those that do not fit (at their smallest). Within a group: models supporting the whole context, 4 bits or more before 3- and 2-bit fits, larger models first, then the better quantization and faster decoding. Each model&apos;s best quantization is the one with the most bits that fits (the free VRAM now, else an idle GPU); within one width, the smaller published quality loss (llama.cpp&apos;s Llama 3 8B perplexity table).</source>
        <translation>Les meilleurs d&apos;abord&#xa0;: les modèles qui tiennent dans la mémoire vidéo libre maintenant, puis ceux qui demandent un GPU inactif, puis ceux qui ne tiennent pas (dans leur plus petite version). Dans chaque groupe&#xa0;: les modèles qui acceptent tout le contexte, les quantifications en 4 bits ou plus avant celles en 3 et 2 bits, les plus gros modèles d&apos;abord, puis la meilleure quantification et le décodage le plus rapide. La meilleure quantification d&apos;un modèle est celle qui tient avec le plus de bits (dans la mémoire libre maintenant, sinon sur un GPU inactif)&#x202f;; à largeur égale, celle dont la perte de qualité publiée est la plus faible (table de perplexité de llama.cpp pour Llama 3 8B).</translation>
    </message>
</context>
<context>
    <name>GpuChoices</name>
    <message>
        <source>Snapshot #%1: %2</source>
        <translation>GPU n°&#xa0;%1 de l&apos;instantané&#xa0;: %2</translation>
    </message>
    <message>
        <source>This machine #%1: %2</source>
        <translation>GPU n°&#xa0;%1 de cette machine&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GpuOverrides</name>
    <message>
        <source>GPU overrides file {path}: {problem}</source>
        <extracomment>key -&gt; (lowest, highest) in base units, with the unit type to show them in</extracomment>
        <translation>Fichier des valeurs personnalisées de GPU {path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>GPU {gpu}: {problem}</source>
        <translation>GPU {gpu}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; cannot be overridden (memory, bandwidth or a peak such as fp16).</source>
        <translation>«&#xa0;{key}&#xa0;» ne peut pas être remplacé (mémoire, bande passante ou un pic comme fp16).</translation>
    </message>
    <message>
        <source>{key} must be a number.</source>
        <translation>{key} doit être un nombre.</translation>
    </message>
    <message>
        <source>{key} = {value} is outside the sane range {low} to {high} (values are in bytes, bytes/s or FLOP/s, not GiB or TFLOPS).</source>
        <translation>{key} = {value} est hors de la plage raisonnable de {low} à {high} (valeurs en octets, octets/s ou FLOP/s, pas en Gio ni en TFLOPS).</translation>
    </message>
    <message>
        <source>{key} = {value} is outside the sane range {low} to {high}.</source>
        <translation>{key} = {value} est hors de la plage raisonnable de {low} à {high}.</translation>
    </message>
    <message>
        <source>a GPU key must be 1 to 128 printable characters.</source>
        <translation>une clé de GPU doit compter de 1 à 128 caractères imprimables.</translation>
    </message>
    <message>
        <source>the overrides of a GPU must be an object.</source>
        <translation>les valeurs personnalisées d&apos;un GPU doivent former un objet.</translation>
    </message>
    <message>
        <source>the file must be a gpuscope-gpu-overrides document, version 1, with a &quot;gpus&quot; object of at most 1,000 GPUs.</source>
        <translation>le fichier doit être un document gpuscope-gpu-overrides, version 1, avec un objet «&#xa0;gpus&#xa0;» d&apos;au plus 1&#x202f;000 GPU.</translation>
    </message>
    <message>
        <source>Some GPU overrides in {path} were left out ({first}). A copy of the file was kept as {backup}.</source>
        <translation>Des valeurs personnalisées de GPU de {path} ont été écartées ({first}). Une copie du fichier a été conservée sous {backup}.</translation>
    </message>
</context>
<context>
    <name>GpuPanel</name>
    <message>
        <source>unknown (%1)</source>
        <translation>inconnue (%1)</translation>
    </message>
    <message>
        <source>%1. Set the GPU&apos;s memory as an override to know whether a model fits.</source>
        <translation>%1. Saisissez la mémoire du GPU comme valeur personnalisée pour savoir si un modèle tient.</translation>
    </message>
    <message>
        <source>planning for a catalogue GPU</source>
        <translation>planification pour un GPU du catalogue</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>Stale since %1 — %2</source>
        <translation>Plus à jour depuis %1 — %2</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Compute capability</source>
        <translation>Capacité de calcul</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>Mémoire vidéo</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Live data</source>
        <translation>Données en direct</translation>
    </message>
    <message>
        <source>Detected GPUs, loaded snapshots and every catalogue GPU (type to search).</source>
        <translation>GPU détectés, instantanés chargés et tous les GPU du catalogue (tapez pour chercher).</translation>
    </message>
    <message>
        <source>Number of such GPUs: memory is pooled (llama.cpp layer split).</source>
        <translation>Nombre de GPU identiques&#xa0;: la mémoire est mise en commun (répartition par couches de llama.cpp).</translation>
    </message>
    <message>
        <source>Number of GPUs</source>
        <translation>Nombre de GPU</translation>
    </message>
</context>
<context>
    <name>GpusCmd</name>
    <message>
        <source>list the GPU catalogue: VRAM, bandwidth, dense peaks</source>
        <translation>liste le catalogue des GPU&#xa0;: mémoire vidéo, bande passante, pics denses</translation>
    </message>
    <message>
        <source>Dense peaks, no sparsity (NVIDIA&apos;s with-sparsity figures are 2× on CC ≥ 8.0).</source>
        <translation>Pics denses, sans parcimonie (les chiffres NVIDIA avec parcimonie sont 2× plus élevés pour CC ≥ 8.0).</translation>
    </message>
    <message>
        <source>FP16 = tensor math with FP32 accumulate; INT8 on Pascal and Volta is DP4A on the CUDA cores. * = derived from the per-SM table (others: NVIDIA datasheets). - = no such unit. VRAM is nominal.</source>
        <translation>FP16 = calcul Tensor avec accumulation FP32&#x202f;; l&apos;INT8 sur Pascal et Volta passe par DP4A sur les cœurs CUDA. * = déduit de la table par SM (les autres&#xa0;: fiches techniques NVIDIA). - = unité absente. Mémoire vidéo nominale.</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>VRAM GiB</source>
        <translation>VRAM Gio</translation>
    </message>
    <message>
        <source>BW GB/s</source>
        <translation>BP Go/s</translation>
    </message>
    <message>
        <source>FP32 TFLOPS</source>
        <translation>FP32 TFLOPS</translation>
    </message>
    <message>
        <source>FP16 TFLOPS</source>
        <translation>FP16 TFLOPS</translation>
    </message>
    <message>
        <source>INT8 TOPS</source>
        <translation>INT8 TOPS</translation>
    </message>
    <message>
        <source>{count} GPUs.</source>
        <translation>{count} GPU.</translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>&apos;{query}&apos; matches {count} GPUs ({names}); type the model number, or list them with &apos;gpuscope gpus --search {query}&apos;.</source>
        <translation>«&#xa0;{query}&#xa0;» correspond à {count} GPU ({names})&#x202f;; tapez le numéro de modèle, ou listez-les avec «&#xa0;gpuscope gpus --search {query}&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown GPU &apos;{query}&apos;; search the catalogue with &apos;gpuscope gpus --search TEXT&apos;.</source>
        <translation>GPU «&#xa0;{query}&#xa0;» inconnu&#x202f;; cherchez dans le catalogue avec «&#xa0;gpuscope gpus --search TEXTE&#xa0;».</translation>
    </message>
    <message>
        <source>{ops} ops/clk/SM × {sms} SMs × {clock}</source>
        <translation>{ops} op/cycle/SM × {sms} SM × {clock}</translation>
    </message>
    <message>
        <source>datasheet figure</source>
        <translation>chiffre de la fiche technique</translation>
    </message>
    <message>
        <source>dense (NVIDIA&apos;s with-sparsity figure is 2×)</source>
        <translation>dense (le chiffre NVIDIA avec parcimonie est 2× plus élevé)</translation>
    </message>
    <message>
        <source>laptop: the real clock depends on the maker&apos;s power limit (TGP), an upper bound</source>
        <translation>portable&#xa0;: la fréquence réelle dépend de la limite de puissance (TGP) fixée par le fabricant&#x202f;; borne supérieure</translation>
    </message>
    <message>
        <source>nominal capacity</source>
        <translation>capacité nominale</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>illisible ({reason})</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>the file ends early, inside {part}: it is truncated or still downloading</source>
        <translation>le fichier s&apos;arrête trop tôt, dans {part}&#xa0;: il est tronqué ou encore en cours de téléchargement</translation>
    </message>
    <message>
        <source>the header is larger than {limit}; gpuscope reads at most that much of a file</source>
        <translation>l&apos;en-tête dépasse {limit}&#x202f;; gpuscope ne lit jamais davantage d&apos;un fichier</translation>
    </message>
    <message>
        <source>the header claims {count} {what} (at most {limit} are accepted)</source>
        <translation>l&apos;en-tête annonce {count} {what} (limite acceptée&#xa0;: {limit})</translation>
    </message>
    <message>
        <source>{what} claims a length of {length} bytes, more than the file can hold</source>
        <translation>{what} annonce une longueur de {length} octets, plus que le fichier ne peut en contenir</translation>
    </message>
    <message>
        <source>{what} is not valid UTF-8 text</source>
        <translation>{what} n&apos;est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, socket or device): gpuscope opens only model files</source>
        <translation>pas un fichier ordinaire (un tube, un socket ou un périphérique)&#xa0;: gpuscope n&apos;ouvre que des fichiers de modèle</translation>
    </message>
    <message>
        <source>a symbolic link loop: following its links leads back to them, never to a file</source>
        <translation>une boucle de liens symboliques&#xa0;: suivre ses liens y ramène sans jamais mener à un fichier</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; has tensor type {type}, unknown to this version of the gguf package (a newer gpuscope may read it)</source>
        <translation>le tenseur «&#xa0;{name}&#xa0;» est de type {type}, inconnu de cette version du paquet gguf (une version plus récente de gpuscope pourra peut-être le lire)</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; uses type {type}, an ARM repacking that llama.cpp removed from GGUF files (November 2024); download a current GGUF of this model</source>
        <translation>le tenseur «&#xa0;{name}&#xa0;» utilise le type {type}, un réarrangement pour ARM que llama.cpp a retiré des fichiers GGUF (novembre 2024)&#x202f;; téléchargez un GGUF récent de ce modèle</translation>
    </message>
    <message>
        <source>the metadata lacks &apos;{key}&apos;, needed to size the model</source>
        <translation>«&#xa0;{key}&#xa0;» manque dans les métadonnées&#x202f;; cette clé est nécessaire pour dimensionner le modèle</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; = {value} is out of range</source>
        <translation>la métadonnée «&#xa0;{key}&#xa0;» = {value} est hors limites</translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; should be a whole number, not {value}</source>
        <translation>la métadonnée «&#xa0;{key}&#xa0;» devrait être un nombre entier, pas {value}</translation>
    </message>
    <message>
        <source>the metadata has no general.architecture</source>
        <translation>les métadonnées n&apos;ont pas de general.architecture</translation>
    </message>
    <message>
        <source>part {no} of {count} of this split model is missing ({name})</source>
        <translation>la partie {no} sur {count} de ce modèle découpé est manquante ({name})</translation>
    </message>
    <message>
        <source>the split parts disagree: {name} says it is part {no} of {count}</source>
        <translation>les parties du modèle découpé se contredisent&#xa0;: {name} se déclare partie {no} sur {count}</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; appears in two parts of the split model</source>
        <translation>le tenseur «&#xa0;{name}&#xa0;» figure dans deux parties du modèle découpé</translation>
    </message>
    <message>
        <source>not a multimodal projector (its architecture is &apos;{arch}&apos;, not &apos;clip&apos;)</source>
        <translation>pas un projecteur multimodal (son architecture est «&#xa0;{arch}&#xa0;», pas «&#xa0;clip&#xa0;»)</translation>
    </message>
    <message>
        <source>the file header</source>
        <translation>l&apos;en-tête du fichier</translation>
    </message>
    <message>
        <source>the metadata</source>
        <translation>les métadonnées</translation>
    </message>
    <message>
        <source>the tensor table</source>
        <translation>la table des tenseurs</translation>
    </message>
    <message>
        <source>the tensor data</source>
        <translation>les données des tenseurs</translation>
    </message>
    <message>
        <source>metadata entries</source>
        <translation>entrées de métadonnées</translation>
    </message>
    <message>
        <source>tensors</source>
        <translation>tenseurs</translation>
    </message>
    <message>
        <source>a metadata key</source>
        <translation>une clé de métadonnées</translation>
    </message>
    <message>
        <source>a tensor name</source>
        <translation>un nom de tenseur</translation>
    </message>
    <message>
        <source>a text value</source>
        <translation>une valeur texte</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>not a GGUF file (it does not start with the GGUF magic bytes)</source>
        <translation>pas un fichier GGUF (il ne commence pas par les octets magiques GGUF)</translation>
    </message>
    <message>
        <source>an old GGML/GGJT file from before GGUF (August 2023); convert it to GGUF with llama.cpp&apos;s conversion script</source>
        <translation>un ancien fichier GGML/GGJT, antérieur à GGUF (août 2023)&#x202f;; convertissez-le en GGUF avec le script de conversion de llama.cpp</translation>
    </message>
    <message>
        <source>GGUF version {version} is not supported (versions 2 and 3 are)</source>
        <translation>la version {version} de GGUF n&apos;est pas prise en charge (les versions 2 et 3 le sont)</translation>
    </message>
    <message>
        <source>metadata entry &apos;{key}&apos; appears twice</source>
        <translation>l&apos;entrée de métadonnées «&#xa0;{key}&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>metadata entry &apos;{key}&apos; has an unknown value type {type}</source>
        <translation>l&apos;entrée de métadonnées «&#xa0;{key}&#xa0;» a un type de valeur inconnu&#xa0;: {type}</translation>
    </message>
    <message>
        <source>metadata entry &apos;{key}&apos; nests arrays more than two deep</source>
        <translation>l&apos;entrée de métadonnées «&#xa0;{key}&#xa0;» imbrique des tableaux sur plus de deux niveaux</translation>
    </message>
    <message>
        <source>general.alignment is {value}, not a positive power of two</source>
        <translation>general.alignment vaut {value}, ce qui n&apos;est pas une puissance de deux positive</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; has {n} dimensions (1 to {limit} are valid)</source>
        <translation>le tenseur «&#xa0;{name}&#xa0;» a {n} dimensions (de 1 à {limit} sont valides)</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; claims an absurd {count} elements</source>
        <translation>le tenseur «&#xa0;{name}&#xa0;» annonce un nombre absurde d&apos;éléments&#xa0;: {count}</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos;: row length {length} is not a multiple of the {type} block size {block}</source>
        <translation>tenseur «&#xa0;{name}&#xa0;»&#xa0;: la longueur de ligne {length} n&apos;est pas un multiple de la taille de bloc {block} de {type}</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; starts at offset {offset}, not a multiple of the alignment {alignment}</source>
        <translation>le tenseur «&#xa0;{name}&#xa0;» commence au décalage {offset}, qui n&apos;est pas un multiple de l&apos;alignement {alignment}</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; appears twice</source>
        <translation>le tenseur «&#xa0;{name}&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number from 0 to {limit}, not {value}</source>
        <translation>«&#xa0;{key}&#xa0;» doit être un nombre entier de 0 à {limit}, pas {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is missing, so the model cannot be sized</source>
        <translation>«&#xa0;{key}&#xa0;» est absent&#xa0;: impossible de dimensionner le modèle</translation>
    </message>
    <message>
        <source>config.json</source>
        <translation>config.json</translation>
    </message>
    <message>
        <source>{name} is not a JSON object</source>
        <translation>{name} n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>no config.json, safetensors or GGUF files: not a model folder</source>
        <translation>aucun fichier config.json, safetensors ou GGUF&#xa0;: ce n&apos;est pas un dossier de modèle</translation>
    </message>
    <message>
        <source>the tensors match no Transformer, CNN or MLP layout, and config.json does not say</source>
        <translation>les tenseurs ne correspondent à aucune structure Transformer, CNN ou MLP, et config.json ne la précise pas</translation>
    </message>
    <message>
        <source>not a model file gpuscope can read (GGUF, safetensors, or a Hugging Face folder with config.json)</source>
        <translation>pas un fichier de modèle lisible par gpuscope (GGUF, safetensors, ou dossier Hugging Face avec config.json)</translation>
    </message>
    <message>
        <source>this folder holds {n} GGUF models ({names}); open one of them</source>
        <translation>ce dossier contient {n} modèles GGUF ({names})&#x202f;; ouvrez l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <source>no GGUF, safetensors or config.json here</source>
        <translation>aucun GGUF, safetensors ni config.json ici</translation>
    </message>
    <message>
        <source>the tensors match no Transformer, CNN or MLP layout</source>
        <translation>les tenseurs ne correspondent à aucune structure Transformer, CNN ou MLP</translation>
    </message>
    <message>
        <source>links outside the folder being scanned, so it was not followed</source>
        <translation>pointe hors du dossier analysé&#xa0;: le lien n&apos;a pas été suivi</translation>
    </message>
    <message>
        <source>could not be read ({reason})</source>
        <translation>lecture impossible ({reason})</translation>
    </message>
    <message>
        <source>{file}: the manifest names no GGUF model layer</source>
        <translation>{file}&#xa0;: le manifeste ne désigne aucune couche de modèle GGUF</translation>
    </message>
    <message>
        <source>{file}: not a readable Ollama manifest</source>
        <translation>{file}&#xa0;: manifeste Ollama illisible</translation>
    </message>
    <message>
        <source>{file}: its model blob {blob} is missing (an interrupted pull?)</source>
        <translation>{file}&#xa0;: son blob de modèle {blob} est absent (téléchargement «&#xa0;ollama pull&#xa0;» interrompu&#x202f;?)</translation>
    </message>
    <message>
        <source>a pickled PyTorch checkpoint: gpuscope never opens pickles, because loading one can run any code hidden in it. Use the model&apos;s safetensors or GGUF files (most repositories ship them), or convert it with a trusted tool</source>
        <translation>un checkpoint PyTorch sérialisé avec pickle&#xa0;: gpuscope n&apos;ouvre jamais de fichiers pickle, car en charger un peut exécuter n&apos;importe quel code qui y est caché. Utilisez les fichiers safetensors ou GGUF du modèle (la plupart des dépôts en proposent), ou convertissez-le avec un outil de confiance</translation>
    </message>
    <message>
        <source>this folder holds only pickled PyTorch weights ({name}); gpuscope never opens pickles, because loading one can run any code hidden in it. Download the safetensors or GGUF version</source>
        <translation>ce dossier ne contient que des poids PyTorch sérialisés avec pickle ({name})&#x202f;; gpuscope n&apos;ouvre jamais de fichiers pickle, car en charger un peut exécuter n&apos;importe quel code qui y est caché. Téléchargez la version safetensors ou GGUF</translation>
    </message>
    <message>
        <source>the safetensors header</source>
        <extracomment>Dtype.bitsize() of the reference implementation (safetensors/src/tensor.rs).</extracomment>
        <translation>l&apos;en-tête safetensors</translation>
    </message>
    <message>
        <source>{what} is not valid JSON</source>
        <translation>{what} n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; has an invalid {field}</source>
        <translation>le tenseur «&#xa0;{name}&#xa0;» a un champ {field} invalide</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; has unknown dtype &apos;{dtype}&apos;</source>
        <translation>le tenseur «&#xa0;{name}&#xa0;» a un dtype inconnu&#xa0;: «&#xa0;{dtype}&#xa0;»</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; occupies {actual} bytes but its shape and dtype need {expected}</source>
        <translation>le tenseur «&#xa0;{name}&#xa0;» occupe {actual} octets, mais sa forme et son dtype en demandent {expected}</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; does not start where the previous one ends (offset {offset})</source>
        <translation>le tenseur «&#xa0;{name}&#xa0;» ne commence pas là où finit le précédent (décalage {offset})</translation>
    </message>
    <message>
        <source>the shard index</source>
        <translation>l&apos;index des fragments</translation>
    </message>
    <message>
        <source>the shard index names &apos;{name}&apos;, which is not a file name</source>
        <translation>l&apos;index des fragments cite «&#xa0;{name}&#xa0;», qui n&apos;est pas un nom de fichier</translation>
    </message>
    <message>
        <source>shard &apos;{name}&apos; listed in the index is missing (incomplete download?)</source>
        <translation>le fragment «&#xa0;{name}&#xa0;» cité dans l&apos;index est absent (téléchargement incomplet&#x202f;?)</translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; is not in shard &apos;{shard}&apos;</source>
        <translation>le tenseur «&#xa0;{name}&#xa0;» ne figure pas dans le fragment «&#xa0;{shard}&#xa0;»</translation>
    </message>
    <message>
        <source>leads outside the model folder (to {target}): gpuscope reads only files inside the folder, or in its Hugging Face cache&apos;s blobs folder</source>
        <translation>mène hors du dossier du modèle (vers {target})&#xa0;: gpuscope ne lit que les fichiers du dossier, ou du dossier blobs de son cache Hugging Face</translation>
    </message>
</context>
<context>
    <name>LogSpinSlider</name>
    <message>
        <source>Logarithmic scale; the box beside it takes an exact value.</source>
        <translation>Échelle logarithmique&#x202f;; la case à côté prend une valeur exacte.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>View &gt; Live data rate choices, in Hz (NVML refreshes utilisation at most about 6 times a second)</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Open model file…</source>
        <translation>&amp;Ouvrir un fichier de modèle…</translation>
    </message>
    <message>
        <source>&amp;Import custom models…</source>
        <translation>&amp;Importer des modèles personnalisés…</translation>
    </message>
    <message>
        <source>&amp;Load GPU snapshot…</source>
        <translation>&amp;Charger un instantané de GPU…</translation>
    </message>
    <message>
        <source>&amp;Save GPU snapshot…</source>
        <translation>&amp;Enregistrer un instantané de GPU…</translation>
    </message>
    <message>
        <source>Plots as &amp;PNG…</source>
        <translation>Graphiques en &amp;PNG…</translation>
    </message>
    <message>
        <source>Estimate as &amp;Markdown…</source>
        <translation>Estimation en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Estimate as &amp;CSV…</source>
        <translation>Estimation en &amp;CSV…</translation>
    </message>
    <message>
        <source>Estimate as &amp;JSON…</source>
        <translation>Estimation en &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>&amp;Copier le résumé</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>&amp;Concepts…</source>
        <translation>&amp;Notions…</translation>
    </message>
    <message>
        <source>&amp;About gpuscope</source>
        <translation>À &amp;propos de gpuscope</translation>
    </message>
    <message>
        <source>Add models from a custom models file (the format of custom_models.json) to your saved models.</source>
        <translation>Ajoute à vos modèles enregistrés les modèles d&apos;un fichier de modèles personnalisés (au format de custom_models.json).</translation>
    </message>
    <message>
        <source>The model, its quantization, the workload (context, batch, prompt…) and the theme go back to their defaults. The GPU, your saved models and your GPU overrides are kept.</source>
        <translation>Le modèle, sa quantification, la charge de travail (contexte, lot, invite…) et le thème reprennent leurs valeurs par défaut. Le GPU, vos modèles enregistrés et vos valeurs personnalisées de GPU sont conservés.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Live data &amp;rate</source>
        <translation>&amp;Fréquence des données en direct</translation>
    </message>
    <message>
        <source>How often the live figures of this machine&apos;s GPU (free VRAM, power, temperature, clocks) are read.</source>
        <translation>À quelle fréquence les valeurs en direct du GPU de cette machine (VRAM libre, puissance, température, fréquences) sont lues.</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1&#xa0;Hz</translation>
    </message>
    <message>
        <source>&amp;Plots shown</source>
        <translation>&amp;Graphiques affichés</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>How to run it</source>
        <translation>Comment l&apos;exécuter</translation>
    </message>
    <message>
        <source>My models</source>
        <translation>Mes modèles</translation>
    </message>
    <message>
        <source>Snapshot mode: %1</source>
        <translation>Mode instantané&#xa0;: %1</translation>
    </message>
    <message>
        <source>NVML: driver %1, CUDA %2</source>
        <translation>NVML&#xa0;: pilote %1, CUDA %2</translation>
    </message>
    <message>
        <source>Planning mode — %1</source>
        <translation>Mode planification — %1</translation>
    </message>
    <message>
        <source>No GPU data: choose a GPU to plan for</source>
        <translation>Aucune donnée GPU&#xa0;: choisissez un GPU pour lequel planifier</translation>
    </message>
    <message>
        <source>%1 (in the snapshot)</source>
        <translation>%1 (dans l&apos;instantané)</translation>
    </message>
    <message>
        <source>Snapshot: driver %1, CUDA %2</source>
        <translation>Instantané&#xa0;: pilote %1, CUDA %2</translation>
    </message>
    <message>
        <source>NVML not available</source>
        <translation>NVML indisponible</translation>
    </message>
    <message>
        <source>Checking NVML on this machine…</source>
        <translation>Vérification de NVML sur cette machine…</translation>
    </message>
    <message>
        <source>NVML not available on this machine</source>
        <translation>NVML indisponible sur cette machine</translation>
    </message>
    <message>
        <source>NVML on this machine: driver %1, CUDA %2</source>
        <translation>NVML sur cette machine&#xa0;: pilote %1, CUDA %2</translation>
    </message>
    <message>
        <source>gpuscope — will it fit, how fast will it run?</source>
        <translation>gpuscope — le modèle tient-il en mémoire, à quelle vitesse tourne-t-il&#x202f;?</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>gpuscope never uses the network.</source>
        <translation>gpuscope n&apos;utilise jamais le réseau.</translation>
    </message>
    <message>
        <source>Looking for NVIDIA GPUs…</source>
        <translation>Recherche des GPU NVIDIA…</translation>
    </message>
</context>
<context>
    <name>MemoryPlot</name>
    <message>
        <source>Memory vs context length</source>
        <translation>Mémoire selon la longueur de contexte</translation>
    </message>
    <message>
        <source>Context length (tokens per sequence)</source>
        <translation>Longueur de contexte (jetons par séquence)</translation>
    </message>
    <message>
        <source>VRAM (%1)</source>
        <translation>Mémoire vidéo (%1)</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <source>Compute buffer</source>
        <translation>Tampon de calcul</translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation>Surcoût du moteur d&apos;exécution</translation>
    </message>
    <message>
        <source>GPU VRAM</source>
        <translation>Mémoire du GPU</translation>
    </message>
    <message>
        <source>free now</source>
        <translation>libre maintenant</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexte</translation>
    </message>
    <message>
        <source>largest that fits</source>
        <translation>plus grand qui tient</translation>
    </message>
    <message>
        <source>Memory vs context length (not applicable to this model)</source>
        <translation>Mémoire selon la longueur de contexte (sans objet pour ce modèle)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss these messages</source>
        <translation>Fermer ces messages</translation>
    </message>
</context>
<context>
    <name>MlpFields</name>
    <message>
        <source>Layer widths</source>
        <translation>Largeurs des couches</translation>
    </message>
    <message>
        <source>input, hidden…, output: 784, 512, 10</source>
        <translation>entrée, cachées…, sortie&#xa0;: 784, 512, 10</translation>
    </message>
    <message>
        <source>Widths from the input to the output, separated by commas: 784, 512, 512, 10 is 784 inputs, two hidden layers of 512 and 10 outputs (three dense layers).</source>
        <translation>Largeurs de l&apos;entrée à la sortie, séparées par des virgules&#xa0;: 784, 512, 512, 10, c&apos;est 784 entrées, deux couches cachées de 512 et 10 sorties (trois couches denses).</translation>
    </message>
    <message>
        <source>Biases</source>
        <translation>Biais</translation>
    </message>
    <message>
        <source>Each dense layer adds a bias per output.</source>
        <translation>Chaque couche dense ajoute un biais par sortie.</translation>
    </message>
    <message>
        <source>Dense layers: %1
Parameters: %2
FLOPs per sample: %3</source>
        <translation>Couches denses&#xa0;: %1
Paramètres&#xa0;: %2
FLOP par échantillon&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ModelButtons</name>
    <message>
        <source>Save as my model…</source>
        <translation>Enregistrer dans mes modèles…</translation>
    </message>
    <message>
        <source>Keep this model, with your architecture edits, under a name of your choice: it is listed under “My saved models”, also after a restart.</source>
        <translation>Garder ce modèle, avec vos modifications d&apos;architecture, sous le nom de votre choix&#xa0;: il figure sous «&#xa0;Mes modèles enregistrés&#xa0;», même après un redémarrage.</translation>
    </message>
    <message>
        <source>Delete my model</source>
        <translation>Supprimer mon modèle</translation>
    </message>
    <message>
        <source>Remove the selected model from your saved models (asks first).</source>
        <translation>Retire le modèle sélectionné de vos modèles enregistrés (après confirmation).</translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <source>Custom (from %1)</source>
        <translation>Personnalisé (d&apos;après %1)</translation>
    </message>
    <message>
        <source>Only the first %1 tokens of this prompt are counted: the context (%1 tokens) must hold the prompt. Raise the context to count all of it.</source>
        <translation>Seuls les %1 premiers jetons de cette invite sont comptés&#x202f;: le contexte (%1 jetons) doit contenir l&apos;invite. Augmentez le contexte pour la compter en entier.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Toutes les familles</translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation>Transformer</translation>
    </message>
    <message>
        <source>CNN</source>
        <translation>CNN</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>My saved models</source>
        <translation>Mes modèles enregistrés</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Transformer (LLMs, BERT, ViT), convolutional network or multilayer perceptron; “My saved models” lists the models you saved.</source>
        <translation>Transformer (LLM, BERT, ViT), réseau convolutif ou perceptron multicouche&#x202f;; «&#xa0;Mes modèles enregistrés&#xa0;» liste les modèles que vous avez enregistrés.</translation>
    </message>
    <message>
        <source>Type to search the presets and your models; edit the architecture below to make a custom model.</source>
        <translation>Tapez pour chercher parmi les préréglages et vos modèles&#x202f;; modifiez l&apos;architecture ci-dessous pour créer un modèle personnalisé.</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>How weights are stored: fewer bits = less memory and faster decoding, with some quality loss. GGUF types run on llama.cpp / Ollama.</source>
        <translation>Façon dont les poids sont stockés&#xa0;: moins de bits = moins de mémoire et un décodage plus rapide, avec une certaine perte de qualité. Les types GGUF s&apos;exécutent avec llama.cpp / Ollama.</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <source>Precision of the attention key/value cache (llama.cpp -ctk/-ctv).</source>
        <translation>Précision du cache clé/valeur de l&apos;attention (llama.cpp -ctk/-ctv).</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Longueur de contexte</translation>
    </message>
    <message>
        <source>Tokens kept in the KV cache per sequence: prompt plus generated text.</source>
        <translation>Jetons conservés dans le cache KV pour chaque séquence&#xa0;: invite et texte généré.</translation>
    </message>
    <message>
        <source>Batch / parallel sequences</source>
        <translation>Lot / séquences parallèles</translation>
    </message>
    <message>
        <source>Sequences served at once (llama.cpp -np); each has its own context. From 1 to %1.</source>
        <translation>Séquences servies simultanément (llama.cpp -np)&#x202f;; chacune a son propre contexte. De 1 à %1.</translation>
    </message>
    <message>
        <source>Tokens processed before the first generated token (prefill). At most the context length: a longer prompt is counted up to the context.</source>
        <translation>Jetons traités avant le premier jeton généré (pré-remplissage). Au plus la longueur de contexte&#x202f;: une invite plus longue est comptée jusqu&apos;au contexte.</translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation>Longueur de l&apos;invite</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Taille d&apos;image</translation>
    </message>
    <message>
        <source>Input resolution in pixels (square).</source>
        <translation>Résolution d&apos;entrée en pixels (image carrée).</translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation>Flash attention</translation>
    </message>
    <message>
        <source>Fused attention kernels (llama.cpp -fa): no score matrix in memory.</source>
        <translation>Noyaux d&apos;attention fusionnés (llama.cpp -fa)&#xa0;: pas de matrice de scores en mémoire.</translation>
    </message>
    <message>
        <source>Architecture (edit to make a custom model)</source>
        <translation>Architecture (modifiez-la pour personnaliser)</translation>
    </message>
</context>
<context>
    <name>ModelRef</name>
    <message>
        <source>&lt;path to {file}&gt;</source>
        <translation>&lt;chemin vers {file}&gt;</translation>
    </message>
    <message>
        <source>&lt;original model repository&gt;</source>
        <translation>&lt;dépôt du modèle original&gt;</translation>
    </message>
    <message>
        <source>&lt;{quant} checkpoint of {model}&gt;</source>
        <translation>&lt;poids {quant} de {model}&gt;</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>FLOPs count multiply-accumulates of convolutions and fully-connected layers (2 FLOP each); batch norm, activations and pooling are not counted.</source>
        <translation>Les FLOPs comptent les multiplications-accumulations des convolutions et des couches entièrement connectées (2 FLOP chacune)&#x202f;; la normalisation par lot, les activations et le pooling ne sont pas comptés.</translation>
    </message>
    <message>
        <source>Image size {size} is too small: layer {layer} would have no output pixels.</source>
        <translation>Taille d&apos;image {size} trop petite&#xa0;: la couche {layer} n&apos;aurait aucun pixel en sortie.</translation>
    </message>
    <message>
        <source>CNN layer {layer} is not valid: {problem}.</source>
        <translation>Couche CNN {layer} invalide&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>An MLP needs at least an input and an output width, each at least 1.</source>
        <translation>Un MLP demande au moins une largeur d&apos;entrée et une largeur de sortie, chacune d&apos;au moins 1.</translation>
    </message>
</context>
<context>
    <name>MyModels</name>
    <message>
        <source>Scanning…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation>Ajouter un dossier de modèles</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) found</source>
        <translation>
            <numerusform>%n modèle trouvé</numerusform>
            <numerusform>%n modèles trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>tient</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>ne tient pas</translation>
    </message>
    <message>
        <source>Scan local caches</source>
        <translation>Analyser les caches locaux</translation>
    </message>
    <message>
        <source>Hugging Face cache (HF_HOME), Ollama models (OLLAMA_MODELS), LM Studio models and the folders you add. Only file headers are read.</source>
        <translation>Cache Hugging Face (HF_HOME), modèles Ollama (OLLAMA_MODELS), modèles LM Studio et dossiers que vous ajoutez. Seuls les en-têtes des fichiers sont lus.</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Retirer un dossier</translation>
    </message>
    <message>
        <source>Stop scanning a folder you added (its files stay on the disk).</source>
        <translation>Ne plus analyser un dossier que vous avez ajouté (ses fichiers restent sur le disque).</translation>
    </message>
    <message>
        <source>Scan at start-up</source>
        <translation>Analyser au démarrage</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Taille sur disque</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Fits the GPU</source>
        <translation>Tient sur le GPU</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Not scanned yet: Scan looks for GGUF and safetensors models on this computer.</source>
        <translation>Pas encore analysé&#xa0;: l&apos;analyse cherche les modèles GGUF et safetensors sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>{model} was trained with a context of {trained} tokens; {context} goes beyond it: answers degrade, and vLLM refuses it unless told to allow it.</source>
        <translation>{model} a été entraîné avec un contexte de {trained} jetons&#x202f;; {context} va au-delà&#xa0;: les réponses se dégradent, et vLLM le refuse sauf si on l&apos;y autorise.</translation>
    </message>
    <message>
        <source>{model} reads at most {trained} tokens at a time: the figures are for {trained}, not {context}.</source>
        <translation>{model} lit au plus {trained} jetons à la fois&#xa0;: les chiffres valent pour {trained}, pas {context}.</translation>
    </message>
    <message>
        <source>It does not fit: the speeds assume it did. &apos;gpuscope plan&apos; gives the speed with part of the model in system RAM or across GPUs.</source>
        <translation>Ne tient pas&#xa0;: ces vitesses supposent que si. «&#xa0;gpuscope plan&#xa0;» donne la vitesse avec une partie du modèle en mémoire système ou répartie sur plusieurs GPU.</translation>
    </message>
    <message>
        <source>{gpu} has no {wanted} units: the matrix products of {quant} run at its {used} peak instead.</source>
        <translation>{gpu} n&apos;a pas d&apos;unités {wanted}&#xa0;: les produits matriciels de {quant} tournent à sa crête {used}.</translation>
    </message>
    <message>
        <source>A prompt of {prompt} tokens does not fit in a context of {context} tokens: make the context at least as long as the prompt.</source>
        <translation>Une invite de {prompt} jetons ne tient pas dans un contexte de {context} jetons&#xa0;: prenez un contexte au moins aussi long que l&apos;invite.</translation>
    </message>
</context>
<context>
    <name>Nvml</name>
    <message>
        <source>not supported by this GPU or driver</source>
        <extracomment>Reasons that will not change while the driver stays the same: the facade stops asking.</extracomment>
        <translation>non pris en charge par ce GPU ou ce pilote</translation>
    </message>
    <message>
        <source>needs a newer NVIDIA driver</source>
        <translation>nécessite un pilote NVIDIA plus récent</translation>
    </message>
    <message>
        <source>the GPU stopped responding (GPU lost)</source>
        <translation>le GPU ne répond plus (GPU perdu)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>NVML is not running</source>
        <translation>NVML ne fonctionne pas</translation>
    </message>
    <message>
        <source>NVML did not answer in time</source>
        <translation>NVML n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>not recorded in this snapshot</source>
        <translation>non enregistré dans cet instantané</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>the GPU&apos;s external power cable is not connected</source>
        <translation>le câble d&apos;alimentation externe du GPU n&apos;est pas branché</translation>
    </message>
    <message>
        <source>the GPU needs a reset</source>
        <translation>le GPU doit être réinitialisé</translation>
    </message>
    <message>
        <source>NVML error ({code})</source>
        <translation>erreur NVML ({code})</translation>
    </message>
    <message>
        <source>No NVIDIA driver found (the NVML library libnvidia-ml / nvml.dll is not installed). Live GPU data is off; you can still plan with catalogue GPUs or a snapshot file.</source>
        <translation>Aucun pilote NVIDIA trouvé (la bibliothèque NVML libnvidia-ml / nvml.dll n&apos;est pas installée). Les données en direct du GPU sont désactivées&#x202f;; vous pouvez toujours planifier avec les GPU du catalogue ou un fichier d&apos;instantané.</translation>
    </message>
    <message>
        <source>The NVIDIA driver is installed but not running (no NVIDIA GPU, or its kernel module did not load). Check with &apos;nvidia-smi&apos;. Live GPU data is off.</source>
        <translation>Le pilote NVIDIA est installé mais ne fonctionne pas (pas de GPU NVIDIA, ou son module noyau n&apos;a pas été chargé). Vérifiez avec «&#xa0;nvidia-smi&#xa0;». Les données en direct du GPU sont désactivées.</translation>
    </message>
    <message>
        <source>The NVIDIA driver and its NVML library have different versions, usually right after a driver update: restart the computer. Live GPU data is off.</source>
        <translation>Le pilote NVIDIA et sa bibliothèque NVML n&apos;ont pas la même version, en général juste après une mise à jour du pilote&#xa0;: redémarrez l&apos;ordinateur. Les données en direct du GPU sont désactivées.</translation>
    </message>
    <message>
        <source>No permission to use the NVIDIA GPU (/dev/nvidia*). Check your user&apos;s groups or the container&apos;s GPU settings. Live GPU data is off.</source>
        <translation>Pas d&apos;autorisation d&apos;accès au GPU NVIDIA (/dev/nvidia*). Vérifiez les groupes de votre utilisateur ou les réglages GPU du conteneur. Les données en direct du GPU sont désactivées.</translation>
    </message>
    <message>
        <source>The NVIDIA driver is too old for this version of gpuscope&apos;s NVML binding: update the driver. Live GPU data is off.</source>
        <translation>Le pilote NVIDIA est trop ancien pour cette version de la liaison NVML de gpuscope&#xa0;: mettez le pilote à jour. Les données en direct du GPU sont désactivées.</translation>
    </message>
    <message>
        <source>The Python NVML binding (package nvidia-ml-py) is not installed. Live GPU data is off.</source>
        <translation>La liaison Python de NVML (paquet nvidia-ml-py) n&apos;est pas installée. Les données en direct du GPU sont désactivées.</translation>
    </message>
    <message>
        <source>NVML could not start ({detail}). Live GPU data is off.</source>
        <translation>NVML n&apos;a pas pu démarrer ({detail}). Les données en direct du GPU sont désactivées.</translation>
    </message>
    <message>
        <source>NVML is not started.</source>
        <translation>NVML n&apos;est pas démarré.</translation>
    </message>
    <message>
        <source>The NVIDIA driver did not answer within {seconds}. Live GPU data is off.</source>
        <translation>Le pilote NVIDIA n&apos;a pas répondu en {seconds}. Les données en direct du GPU sont désactivées.</translation>
    </message>
</context>
<context>
    <name>PeaksTable</name>
    <message>
        <source>FP32 (CUDA cores)</source>
        <extracomment>key, accumulate precision, display kind, scale of the typed number</extracomment>
        <translation>FP32 (cœurs CUDA)</translation>
    </message>
    <message>
        <source>FP16 tensor</source>
        <translation>FP16 Tensor</translation>
    </message>
    <message>
        <source>BF16 tensor</source>
        <translation>BF16 Tensor</translation>
    </message>
    <message>
        <source>TF32 tensor</source>
        <translation>TF32 Tensor</translation>
    </message>
    <message>
        <source>FP8 tensor</source>
        <translation>FP8 Tensor</translation>
    </message>
    <message>
        <source>INT8 tensor</source>
        <translation>INT8 Tensor</translation>
    </message>
    <message>
        <source>INT4 tensor</source>
        <translation>INT4 Tensor</translation>
    </message>
    <message>
        <source>FP4 tensor</source>
        <translation>FP4 Tensor</translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation>Bande passante mémoire</translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation>Mémoire vidéo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <source>Sparse 2:4</source>
        <translation>Creuse 2:4</translation>
    </message>
    <message>
        <source>Dense peaks: what matrix products can reach without structured sparsity. NVIDIA&apos;s headline figures are usually the 2:4 sparse ones, twice as high. Double-click a value to override it (e.g. a power-limited card); empty it to restore.</source>
        <translation>Pics denses&#xa0;: ce que les produits matriciels peuvent atteindre sans parcimonie structurée. Les chiffres que NVIDIA met en avant sont en général ceux avec parcimonie 2:4, deux fois plus élevés. Double-cliquez sur une valeur pour la remplacer (p. ex. pour une carte à puissance limitée)&#x202f;; videz-la pour revenir à la valeur d&apos;origine.</translation>
    </message>
    <message>
        <source>GPU peaks</source>
        <translation>Pics du GPU</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>déduit</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <source>your override</source>
        <translation>votre valeur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>provenance: source</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>none on this GPU</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>%1, %2 acc.</source>
        <translation>%1, accum. %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>PlanOptions</name>
    <message>
        <source>Several GPUs</source>
        <translation>Plusieurs GPU</translation>
    </message>
    <message>
        <source>MoE experts in RAM</source>
        <translation>Experts MoE en RAM</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>Host memory</source>
        <translation>Mémoire de l&apos;hôte</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Memory share</source>
        <translation>Part de mémoire</translation>
    </message>
    <message>
        <source>Max sequences</source>
        <translation>Séquences max.</translation>
    </message>
    <message>
        <source>Plan with every GPU of the source, each with its own free VRAM, instead of N copies of the selected one</source>
        <translation>Planifier avec chaque GPU de la source, chacun avec sa propre mémoire vidéo libre, au lieu de N copies du GPU choisi</translation>
    </message>
    <message>
        <source>--gpu-memory-utilization: the share of each GPU&apos;s memory vLLM takes</source>
        <translation>--gpu-memory-utilization&#xa0;: la part de la mémoire de chaque GPU que vLLM prend</translation>
    </message>
    <message>
        <source>--max-num-seqs: the most sequences vLLM schedules together</source>
        <translation>--max-num-seqs&#xa0;: le nombre maximal de séquences que vLLM traite ensemble</translation>
    </message>
    <message>
        <source>vLLM default</source>
        <translation>défaut de vLLM</translation>
    </message>
    <message>
        <source>Layers whose expert tensors stay in RAM (llama.cpp -ot / --n-cpu-moe)</source>
        <translation>Couches dont les tenseurs d&apos;experts restent en RAM (llama.cpp -ot / --n-cpu-moe)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>The memory bandwidth your CPU reaches (a STREAM or llama-bench figure): it replaces the assumed one</source>
        <translation>La bande passante mémoire qu&apos;atteint votre processeur (mesurée avec STREAM ou llama-bench)&#xa0;: elle remplace celle supposée</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Layer split</source>
        <translation>Par couches</translation>
    </message>
    <message>
        <source>Tensor parallel</source>
        <translation>Parallélisme tensoriel</translation>
    </message>
    <message>
        <source>Default for these GPUs</source>
        <translation>Par défaut pour ces GPU</translation>
    </message>
    <message>
        <source>Assumed for this GPU</source>
        <translation>Supposée pour ce GPU</translation>
    </message>
    <message>
        <source>Measured bandwidth:</source>
        <translation>Bande passante mesurée&#xa0;:</translation>
    </message>
    <message>
        <source>Assumed: %1</source>
        <translation>Supposée&#xa0;: %1</translation>
    </message>
    <message>
        <source>All %1 detected GPUs</source>
        <translation>Les %1 GPU détectés</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Engine</source>
        <extracomment>() -&gt; every GPU of the window&apos;s source with its free VRAM (the selected one as overridden)</extracomment>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Couches sur le GPU</translation>
    </message>
    <message>
        <source>Auto (most that fit)</source>
        <translation>Auto (le plus possible)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Copier la commande dans le presse-papiers</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Surcoût</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>How to run it</source>
        <translation>Comment l&apos;exécuter</translation>
    </message>
    <message>
        <source>auto (%1)</source>
        <translation>auto (%1)</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Recommended: {0}</source>
        <translation>Recommandé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>GPU {0}: {1}</source>
        <translation>GPU {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>CPU (RAM)</source>
        <translation>CPU (RAM)</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>desktop, dual-channel DDR4-3200</source>
        <translation>PC de bureau, DDR4-3200 double canal</translation>
    </message>
    <message>
        <source>desktop, dual-channel DDR5-6000</source>
        <translation>PC de bureau, DDR5-6000 double canal</translation>
    </message>
    <message>
        <source>laptop, dual-channel DDR5-5600</source>
        <translation>portable, DDR5-5600 double canal</translation>
    </message>
    <message>
        <source>workstation, 4-channel DDR5-4800</source>
        <translation>station de travail, DDR5-4800 quatre canaux</translation>
    </message>
    <message>
        <source>server, 8-channel DDR5-4800</source>
        <translation>serveur, DDR5-4800 huit canaux</translation>
    </message>
    <message>
        <source>server, 12-channel DDR5-4800</source>
        <translation>serveur, DDR5-4800 douze canaux</translation>
    </message>
    <message>
        <source>unified memory shared with the GPU</source>
        <translation>mémoire unifiée partagée avec le GPU</translation>
    </message>
    <message>
        <source>entered by the user</source>
        <translation>saisie par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>{quant} fully on the GPU, {speed}</source>
        <translation>{quant} entièrement sur le GPU, {speed}</translation>
    </message>
    <message>
        <source>{quant} split over {gpus} GPUs (layers), {speed}</source>
        <translation>{quant} réparti sur {gpus} GPU (par couches), {speed}</translation>
    </message>
    <message>
        <source>{quant} with {cpu} of {total} layers on the CPU, {speed}</source>
        <translation>{quant} avec {cpu} des {total} couches sur le CPU, {speed}</translation>
    </message>
    <message>
        <source>{quant} with the experts of {cpu} of {total} layers in RAM, {speed}</source>
        <translation>{quant} avec les experts de {cpu} des {total} couches en RAM, {speed}</translation>
    </message>
    <message>
        <source>{quant}, tensor parallel over {gpus} GPUs, {speed}</source>
        <translation>{quant}, parallélisme tensoriel sur {gpus} GPU, {speed}</translation>
    </message>
    <message numerus="yes">
        <source>{quant} on %n GPU(s) with vLLM: {seqs}, {throughput} in total</source>
        <translation>
            <numerusform>{quant} sur %n GPU avec vLLM&#xa0;: {seqs}, {throughput} au total</numerusform>
            <numerusform>{quant} sur %n GPU avec vLLM&#xa0;: {seqs}, {throughput} au total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{quant} on %n GPU(s) with vLLM: one sequence of {context} tokens does not fit</source>
        <translation>
            <numerusform>{quant} sur %n GPU avec vLLM&#xa0;: une séquence de {context} jetons ne tient pas</numerusform>
            <numerusform>{quant} sur %n GPU avec vLLM&#xa0;: une séquence de {context} jetons ne tient pas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) of {context} tokens</source>
        <translation>
            <numerusform>%n séquence de {context} jetons</numerusform>
            <numerusform>%n séquences de {context} jetons</numerusform>
        </translation>
    </message>
    <message>
        <source> + </source>
        <translation> + </translation>
    </message>
    <message>
        <source>{summary} — does not fit</source>
        <translation>{summary} — ne tient pas</translation>
    </message>
    <message>
        <source>Fully on the GPU</source>
        <translation>Entièrement sur le GPU</translation>
    </message>
    <message>
        <source>Layers offloaded to the CPU</source>
        <translation>Couches déchargées vers le processeur</translation>
    </message>
    <message>
        <source>MoE experts in RAM</source>
        <translation>Experts MoE en RAM</translation>
    </message>
    <message>
        <source>Layer split over GPUs</source>
        <translation>Couches réparties sur les GPU</translation>
    </message>
    <message>
        <source>Tensor parallel</source>
        <translation>Parallélisme tensoriel</translation>
    </message>
    <message>
        <source>The CPU part streams at {effective} ({bandwidth} theoretical, {platform}, at {efficiency} efficiency): an assumption, enter the bandwidth your RAM reaches to replace it</source>
        <translation>La partie CPU lit à {effective} ({bandwidth} en théorie, {platform}, à {efficiency} d&apos;efficacité)&#xa0;: c&apos;est une hypothèse&#x202f;; saisissez la bande passante qu&apos;atteint votre RAM pour la remplacer</translation>
    </message>
    <message>
        <source>The CPU part streams at {effective} (entered)</source>
        <translation>La partie CPU lit à {effective} (valeur saisie)</translation>
    </message>
    <message>
        <source>The part kept in RAM needs {needed}, but this computer has {ram} of RAM</source>
        <translation>La partie gardée en RAM demande {needed}, mais cet ordinateur a {ram} de RAM</translation>
    </message>
    <message>
        <source>GPU {index} ({name}) needs {needed}, {capacity} available</source>
        <translation>Le GPU {index} ({name}) demande {needed}, {capacity} disponibles</translation>
    </message>
    <message>
        <source>Ollama cannot keep only the MoE experts in RAM; llama.cpp&apos;s -ot option can, and is faster for this model</source>
        <translation>Ollama ne sait pas garder seulement les experts MoE en RAM&#x202f;; l&apos;option -ot de llama.cpp le peut, et elle est plus rapide pour ce modèle</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s tensor split mode (-sm tensor) is experimental: it needs flash attention, an unquantized KV cache and --fit off</source>
        <translation>Le mode de découpage tensoriel de llama.cpp (-sm tensor) est expérimental&#xa0;: il exige la flash attention, un cache KV non quantifié et --fit off</translation>
    </message>
    <message>
        <source>Tensor parallelism splits every layer evenly: the smallest GPU sets the memory and the slowest sets the speed</source>
        <translation>Le parallélisme tensoriel découpe chaque couche à parts égales&#xa0;: le plus petit GPU fixe la mémoire et le plus lent fixe la vitesse</translation>
    </message>
    <message>
        <source>The CPU part is estimated as memory-bound; with {batch} sequences the CPU&apos;s arithmetic may also slow it down</source>
        <translation>La partie CPU est estimée limitée par la mémoire&#x202f;; avec {batch} séquences, les calculs du CPU peuvent aussi la ralentir</translation>
    </message>
    <message>
        <source>vLLM&apos;s GGUF support is experimental; it reads the tokenizer from the original repository</source>
        <translation>La prise en charge du GGUF par vLLM est expérimentale&#x202f;; il lit le tokeniseur dans le dépôt d&apos;origine</translation>
    </message>
    <message>
        <source>{quant} needs a checkpoint already quantized in that format (GPTQ / AWQ / compressed-tensors); the command names a placeholder</source>
        <translation>{quant} demande des poids déjà quantifiés dans ce format (GPTQ / AWQ / compressed-tensors)&#x202f;; la commande indique un emplacement à remplacer</translation>
    </message>
    <message>
        <source>vLLM also captures CUDA graphs (a few hundred MiB per GPU) outside this budget: keep gpu_memory_utilization below 1</source>
        <translation>vLLM capture aussi des graphes CUDA (quelques centaines de Mio par GPU) hors de ce budget&#xa0;: gardez gpu_memory_utilization sous 1</translation>
    </message>
    <message>
        <source>The KV-cache pool cannot hold one sequence of {context} tokens: vLLM refuses to start</source>
        <translation>La réserve du cache KV ne contient pas une séquence de {context} jetons&#xa0;: vLLM refuse de démarrer</translation>
    </message>
    <message>
        <source>At context {context} this model needs tensor parallel {tp} ({gpus} GPUs like this one)</source>
        <translation>Avec un contexte de {context}, ce modèle demande un parallélisme tensoriel de {tp} ({gpus} GPU comme celui-ci)</translation>
    </message>
    <message>
        <source>{count} × {name}</source>
        <translation>{count} × {name}</translation>
    </message>
    <message>
        <source>One node is not enough at context {context}: {gpus} GPUs in {nodes} nodes (tensor parallel {tp} × pipeline parallel {pp})</source>
        <translation>Un nœud ne suffit pas avec un contexte de {context}&#xa0;: {gpus} GPU dans {nodes} nœuds (parallélisme tensoriel {tp} × pipeline {pp})</translation>
    </message>
    <message>
        <source>Even {gpus} GPUs like this one cannot hold this model at context {context}</source>
        <translation>Même {gpus} GPU comme celui-ci ne peuvent pas contenir ce modèle avec un contexte de {context}</translation>
    </message>
    <message>
        <source>These GPUs hold one sequence of at most {context} tokens</source>
        <translation>Ces GPU contiennent une séquence d&apos;au plus {context} jetons</translation>
    </message>
    <message>
        <source>vLLM has no {kv} KV cache: the plan and the command use its 8-bit cache instead (--kv-cache-dtype fp8, the same size within 6 %)</source>
        <translation>vLLM n&apos;a pas de cache KV {kv}&#xa0;: le plan et la commande utilisent son cache 8 bits à la place (--kv-cache-dtype fp8, même taille à 6&#xa0;% près)</translation>
    </message>
    <message>
        <source>Context {context} is longer than the {limit} tokens the model supports: llama.cpp warns and runs, but answers degrade past {limit} tokens</source>
        <translation>Le contexte de {context} dépasse les {limit} jetons que le modèle prend en charge&#xa0;: llama.cpp avertit et continue, mais les réponses se dégradent au-delà de {limit} jetons</translation>
    </message>
    <message>
        <source>Ollama caps num_ctx at the {limit} tokens the model supports (it logs “requested context size too large for model”): sequences stop at {limit} tokens, not {context}</source>
        <translation>Ollama limite num_ctx aux {limit} jetons que le modèle prend en charge (il journalise «&#xa0;requested context size too large for model&#xa0;»)&#xa0;: les séquences s&apos;arrêtent à {limit} jetons, pas à {context}</translation>
    </message>
    <message>
        <source>vLLM refuses --max-model-len {context}: the model supports {limit} tokens. Lower the context, or set VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 to force it (answers degrade past {limit} tokens)</source>
        <translation>vLLM refuse --max-model-len {context}&#xa0;: le modèle prend en charge {limit} jetons. Réduisez le contexte, ou définissez VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 pour le forcer (les réponses se dégradent au-delà de {limit} jetons)</translation>
    </message>
    <message>
        <source>This plan does not fit in memory: the command will not run as planned (see the notes)</source>
        <translation>Ce plan ne tient pas en mémoire&#xa0;: la commande ne fonctionnera pas comme prévu (voir les remarques)</translation>
    </message>
    <message>
        <source>This command will not start: at context {context} the model needs --tensor-parallel-size {tp} ({gpus} GPUs like this one)</source>
        <translation>Cette commande ne démarrera pas&#xa0;: avec un contexte de {context}, le modèle exige --tensor-parallel-size {tp} ({gpus} GPU comme celui-ci)</translation>
    </message>
    <message>
        <source>This command will not start: at context {context} the model needs {gpus} GPUs in {nodes} nodes (--tensor-parallel-size {tp} --pipeline-parallel-size {pp})</source>
        <translation>Cette commande ne démarrera pas&#xa0;: avec un contexte de {context}, le modèle exige {gpus} GPU sur {nodes} nœuds (--tensor-parallel-size {tp} --pipeline-parallel-size {pp})</translation>
    </message>
    <message>
        <source>This command will not start: even {gpus} GPUs like this one cannot hold the model at context {context}</source>
        <translation>Cette commande ne démarrera pas&#xa0;: même {gpus} GPU comme celui-ci ne peuvent pas contenir le modèle avec un contexte de {context}</translation>
    </message>
    <message>
        <source>vLLM refuses --max-model-len above the model&apos;s {limit} tokens unless VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 is set</source>
        <translation>vLLM refuse un --max-model-len supérieur aux {limit} jetons du modèle, sauf si VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 est défini</translation>
    </message>
    <message>
        <source>GPU layers (-ngl)</source>
        <translation>Couches sur le GPU (-ngl)</translation>
    </message>
    <message>
        <source>largest k &lt;= layers + 1 for which every GPU holds its layers&apos; weights and KV cache, the compute buffer and the runtime overhead; the last k layers go to the GPUs, k = layers + 1 adds the output layer</source>
        <translation>plus grand k &lt;= couches + 1 pour lequel chaque GPU contient les poids et le cache KV de ses couches, le tampon de calcul et le surcoût du moteur&#x202f;; les k dernières couches vont aux GPU, k = couches + 1 ajoute la couche de sortie</translation>
    </message>
    <message>
        <source>{k} of {total}; the fullest GPU needs {needed} of {capacity}</source>
        <translation>{k} sur {total}&#x202f;; le GPU le plus chargé demande {needed} sur {capacity}</translation>
    </message>
    <message>
        <source>Layers whose experts stay in RAM</source>
        <translation>Couches dont les experts restent en RAM</translation>
    </message>
    <message>
        <source>smallest N for which every GPU holds all layers but the expert tensors of the first N</source>
        <translation>plus petit N pour lequel chaque GPU contient toutes les couches sauf les tenseurs d&apos;experts des N premières</translation>
    </message>
    <message>
        <source>N = {n}: {experts} of experts in RAM</source>
        <translation>N = {n}&#xa0;: {experts} d&apos;experts en RAM</translation>
    </message>
    <message>
        <source>llama.cpp llama_model::load_tensors (layer placement); docs/multi-gpu.md</source>
        <translation>llama.cpp llama_model::load_tensors (placement des couches)&#x202f;; docs/multi-gpu.md</translation>
    </message>
    <message>
        <source>RAM for the CPU part</source>
        <translation>RAM pour la partie CPU</translation>
    </message>
    <message>
        <source>input embeddings + weights (and experts) kept in RAM + their KV cache + CPU compute buffer</source>
        <translation>embeddings d&apos;entrée + poids (et experts) gardés en RAM + leur cache KV + tampon de calcul du CPU</translation>
    </message>
    <message>
        <source>{embeddings} + {weights} + {kv} + {compute} = {value}</source>
        <translation>{embeddings} + {weights} + {kv} + {compute} = {value}</translation>
    </message>
    <message>
        <source>Host memory bandwidth</source>
        <translation>Bande passante mémoire de l&apos;hôte</translation>
    </message>
    <message>
        <source>transfers per second × 8 B × channels × the fraction llama.cpp&apos;s CPU decode reaches</source>
        <translation>transferts par seconde × 8 o × canaux × la fraction qu&apos;atteint le décodage CPU de llama.cpp</translation>
    </message>
    <message>
        <source>{bandwidth} × {efficiency} = {value} ({platform})</source>
        <translation>{bandwidth} × {efficiency} = {value} ({platform})</translation>
    </message>
    <message>
        <source>1 / (sum over GPUs of their part of the decode step + CPU bytes / host bandwidth + hand-overs × (latency + batch × d_model × 4 B / link bandwidth))</source>
        <translation>1 / (somme sur les GPU de leur part de l&apos;étape de décodage + octets CPU / bande passante de l&apos;hôte + passages × (latence + lot × d_model × 4 o / bande passante du lien))</translation>
    </message>
    <message>
        <source>GPUs {gpu_time} + CPU {cpu_bytes} in {cpu_time} + {hops} hand-overs in {hop_time} = {step} → {value}</source>
        <translation>GPU {gpu_time} + CPU {cpu_bytes} en {cpu_time} + {hops} passages en {hop_time} = {step} → {value}</translation>
    </message>
    <message>
        <source>2 all-reduces per layer × layers × (latency + 2 (N-1)/N × batch × d_model × 2 B / link bandwidth)</source>
        <translation>2 all-reduce par couche × couches × (latence + 2 (N-1)/N × lot × d_model × 2 o / bande passante du lien)</translation>
    </message>
    <message>
        <source>2 × {layers} × ({latency} + {factor} × {message} / {bandwidth}) = {value} per step ({link})</source>
        <translation>2 × {layers} × ({latency} + {factor} × {message} / {bandwidth}) = {value} par étape ({link})</translation>
    </message>
    <message>
        <source>VRAM × gpu_memory_utilization - weights / (TP × PP) - activation peak - non-torch memory</source>
        <translation>mémoire vidéo × gpu_memory_utilization - poids / (TP × PP) - pic d&apos;activations - mémoire hors PyTorch</translation>
    </message>
    <message>
        <source>{vram} × {utilization} - {weights} - {activation} - {non_torch} = {value}</source>
        <translation>{vram} × {utilization} - {weights} - {activation} - {non_torch} = {value}</translation>
    </message>
    <message>
        <source>floor(KV blocks / ceil(context / block size)); KV blocks = floor(pool / (block size × KV bytes per token))</source>
        <translation>plancher(blocs KV / plafond(contexte / taille de bloc))&#x202f;; blocs KV = plancher(réserve / (taille de bloc × octets KV par jeton))</translation>
    </message>
    <message>
        <source>b* = (weights read / (bandwidth × efficiency)) / (2 × active parameters / (peak × efficiency)): the roofline&apos;s ridge</source>
        <translation>b* = (poids lus / (bande passante × efficacité)) / (2 × paramètres actifs / (pic × efficacité))&#xa0;: le coude du roofline</translation>
    </message>
    <message>
        <source>Decode speed of the plan</source>
        <translation>Vitesse de décodage du plan</translation>
    </message>
    <message>
        <source>engine decode formula per GPU (calibrated); host bandwidth assumption; link table</source>
        <translation>formule de décodage du moteur par GPU (calibrée)&#x202f;; hypothèse de bande passante de l&apos;hôte&#x202f;; table des liens</translation>
    </message>
    <message>
        <source>Tensor-parallel communication</source>
        <translation>Communication du parallélisme tensoriel</translation>
    </message>
    <message>
        <source>KV-cache pool per GPU</source>
        <translation>Réserve du cache KV par GPU</translation>
    </message>
    <message>
        <source>vLLM&apos;s memory profiling (weights, a dummy forward pass of max_num_batched_tokens, non-torch memory); checked against a logged A10G run (reference/vram_measurements.csv)</source>
        <translation>profilage mémoire de vLLM (poids, une passe factice de max_num_batched_tokens, mémoire hors PyTorch)&#x202f;; vérifié sur une exécution journalisée sur A10G (reference/vram_measurements.csv)</translation>
    </message>
    <message>
        <source>Concurrent sequences at this context</source>
        <translation>Séquences simultanées à ce contexte</translation>
    </message>
    <message>
        <source>{blocks} blocks of {block_size} tokens / {per_seq} blocks per sequence = {value}</source>
        <translation>{blocks} blocs de {block_size} jetons / {per_seq} blocs par séquence = {value}</translation>
    </message>
    <message>
        <source>Decode turns compute-bound above batch</source>
        <translation>Lot au-delà duquel le décodage est limité par le calcul</translation>
    </message>
    <message>
        <source>{weights_time} / {per_seq} = {value}</source>
        <translation>{weights_time} / {per_seq} = {value}</translation>
    </message>
    <message>
        <source>Throughput at batch</source>
        <translation>Débit total pour ce lot</translation>
    </message>
    <message>
        <source>sequences / decode step time at that batch</source>
        <translation>séquences / durée d&apos;une étape de décodage à ce lot</translation>
    </message>
    <message>
        <source>{batch} / {step} = {value}</source>
        <translation>{batch} / {step} = {value}</translation>
    </message>
    <message>
        <source>vLLM budget per GPU: {budget} ({vram} × {utilization}); KV-cache pool {pool} = {blocks} blocks of {block_size} tokens</source>
        <translation>Budget vLLM par GPU&#xa0;: {budget} ({vram} × {utilization})&#x202f;; réserve du cache KV {pool} = {blocks} blocs de {block_size} jetons</translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) of {context} tokens at once (max concurrency {concurrency}×, scheduler cap {cap}); one sequence can reach {longest} tokens</source>
        <translation>
            <numerusform>%n séquence de {context} jetons à la fois (concurrence max. {concurrency}×, plafond de l&apos;ordonnanceur {cap})&#x202f;; une séquence seule peut atteindre {longest} jetons</numerusform>
            <numerusform>%n séquences de {context} jetons à la fois (concurrence max. {concurrency}×, plafond de l&apos;ordonnanceur {cap})&#x202f;; une séquence seule peut atteindre {longest} jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Does not fit: the pool cannot hold one sequence of {context} tokens</source>
        <translation>Ne tient pas&#xa0;: la réserve ne peut contenir une séquence de {context} jetons</translation>
    </message>
    <message>
        <source>Throughput {throughput} in total; decode turns compute-bound above batch ~{crossover}</source>
        <translation>Débit total {throughput}&#x202f;; le décodage devient limité par le calcul au-delà d&apos;un lot de ~{crossover}</translation>
    </message>
    <message>
        <source>Throughput {throughput} in total</source>
        <translation>Débit total {throughput}</translation>
    </message>
    <message numerus="yes">
        <source>Smallest tensor-parallel size that holds one sequence of {context} tokens: {needed} (this plan: %n GPU(s))</source>
        <translation>
            <numerusform>Plus petit parallélisme tensoriel qui contient une séquence de {context} jetons&#xa0;: {needed} (ce plan&#xa0;: %n GPU)</numerusform>
            <numerusform>Plus petit parallélisme tensoriel qui contient une séquence de {context} jetons&#xa0;: {needed} (ce plan&#xa0;: %n GPU)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlotMenu</name>
    <message>
        <source>Save plot as PNG…</source>
        <translation>Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
        <source>Copy plot image</source>
        <translation>Copier l&apos;image du graphique</translation>
    </message>
    <message>
        <source>Save plot as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>PlotTabs</name>
    <message>
        <source>Memory</source>
        <extracomment>key -&gt; (module, class) of the pyqtgraph plot panels, in tab order</extracomment>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>Roofline</translation>
    </message>
    <message>
        <source>Quantizations</source>
        <translation>Quantifications</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Télémétrie</translation>
    </message>
    <message>
        <source>Loading plots…</source>
        <translation>Chargement des graphiques…</translation>
    </message>
    <message>
        <source>Scroll tabs left</source>
        <translation>Faire défiler les onglets vers la gauche</translation>
    </message>
    <message>
        <source>Scroll tabs right</source>
        <translation>Faire défiler les onglets vers la droite</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>+{delta} PPL</source>
        <translation>+{delta} PPL</translation>
    </message>
    <message>
        <source>+{low} to +{high} PPL</source>
        <translation>+{low} à +{high} PPL</translation>
    </message>
    <message>
        <source>reference (unquantized)</source>
        <translation>référence (non quantifié)</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>non publié</translation>
    </message>
    <message>
        <source>Perplexity increase on {model}, {dataset}: {ppl} against {baseline} unquantized. Source: {title} ({url})</source>
        <translation>Hausse de perplexité sur {model}, {dataset}&#xa0;: {ppl} contre {baseline} sans quantification. Source&#xa0;: {title} ({url})</translation>
    </message>
    <message>
        <source>{text} Made with an importance matrix ({imatrix}).</source>
        <translation>{text} Obtenu avec une matrice d&apos;importance ({imatrix}).</translation>
    </message>
    <message>
        <source>No perplexity figure was found for this format; its quality cost is not published.</source>
        <translation>Aucune mesure de perplexité trouvée pour ce format&#x202f;; sa perte de qualité n&apos;est pas publiée.</translation>
    </message>
    <message>
        <source>The unquantized weights: the baseline quality costs are measured against.</source>
        <translation>Les poids non quantifiés&#xa0;: la référence par rapport à laquelle les pertes de qualité sont mesurées.</translation>
    </message>
</context>
<context>
    <name>QuantPlot</name>
    <message>
        <source>Quantizations of this model</source>
        <extracomment>the chart&apos;s metrics: how to read each option, and whether the VRAM line applies table columns; the name&apos;s cell keeps the option&apos;s index (the chart follows the table&apos;s order)</extracomment>
        <translation>Quantifications de ce modèle</translation>
    </message>
    <message>
        <source>Decode speed (%1)</source>
        <translation>Décodage (%1)</translation>
    </message>
    <message>
        <source>Total VRAM (%1)</source>
        <translation>Mémoire vidéo totale (%1)</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation>Bits/poids</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Total VRAM</source>
        <translation>VRAM totale</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Tient</translation>
    </message>
    <message>
        <source>Largest context</source>
        <translation>Contexte max.</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Décodage</translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation>Pré-remplissage</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>The figure the bars show for each quantization; the bars follow the table&apos;s order.</source>
        <translation>La grandeur que les barres montrent pour chaque quantification&#x202f;; les barres suivent l&apos;ordre du tableau.</translation>
    </message>
    <message>
        <source>Throughput (%1)</source>
        <translation>Débit (%1)</translation>
    </message>
    <message>
        <source>Largest context that fits (tokens)</source>
        <translation>Plus grand contexte qui tient (jetons)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Resolve</name>
    <message>
        <source>NVML did not report the compute capability</source>
        <extracomment>Relative difference above which NVML&apos;s computed bandwidth replaces the datasheet&apos;s.</extracomment>
        <translation>NVML n&apos;a pas indiqué la capacité de calcul</translation>
    </message>
    <message>
        <source>NVML did not report the core count (older driver, or a MIG instance)</source>
        <translation>NVML n&apos;a pas indiqué le nombre de cœurs (pilote ancien, ou instance MIG)</translation>
    </message>
    <message>
        <source>NVML did not report the maximum SM clock</source>
        <translation>NVML n&apos;a pas indiqué la fréquence SM maximale</translation>
    </message>
    <message>
        <source>no per-SM throughput table for compute capability {cc}</source>
        <translation>pas de table de débit par SM pour la capacité de calcul {cc}</translation>
    </message>
    <message>
        <source>NVML did not report the memory size</source>
        <translation>NVML n&apos;a pas indiqué la taille de la mémoire</translation>
    </message>
    <message>
        <source>NVML did not report the memory clock or bus width</source>
        <translation>NVML n&apos;a indiqué ni la fréquence mémoire ni la largeur du bus</translation>
    </message>
    <message>
        <source>at NVML max clock ({clock}), upper bound (NVIDIA rates peaks at a lower clock)</source>
        <translation>à la fréquence max. NVML ({clock}), borne supérieure (NVIDIA annonce ses pics à une fréquence plus basse)</translation>
    </message>
    <message>
        <source>{name} rated clock with the {sms} SMs NVML reports (catalogue: {catalogue_sms})</source>
        <translation>{name}&#xa0;: fréquence nominale, avec les {sms} SM indiqués par NVML (catalogue&#xa0;: {catalogue_sms})</translation>
    </message>
    <message>
        <source>differs from the datasheet&apos;s {datasheet} by {percent}: this board&apos;s memory</source>
        <translation>s&apos;écarte de {percent} de la fiche technique ({datasheet})&#xa0;: mémoire propre à cette carte</translation>
    </message>
    <message>
        <source>Cannot override &apos;{key}&apos;: use one of {keys}.</source>
        <translation>Impossible de remplacer «&#xa0;{key}&#xa0;»&#xa0;: utilisez l&apos;une des clés {keys}.</translation>
    </message>
    <message>
        <source>Override for &apos;{key}&apos; must be a positive number, not &apos;{value}&apos;.</source>
        <translation>La valeur de remplacement de «&#xa0;{key}&#xa0;» doit être un nombre positif, pas «&#xa0;{value}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RooflinePlot</name>
    <message>
        <source>Roofline (dense peaks)</source>
        <translation>Roofline (pics denses)</translation>
    </message>
    <message>
        <source>Arithmetic intensity (FLOP per byte moved)</source>
        <translation>Intensité arithmétique (FLOP par octet transféré)</translation>
    </message>
    <message>
        <source>Performance (%1)</source>
        <translation>Performance (%1)</translation>
    </message>
    <message>
        <source>FP32</source>
        <translation>FP32</translation>
    </message>
    <message>
        <source>FP16 tensor</source>
        <translation>FP16 Tensor</translation>
    </message>
    <message>
        <source>INT8 tensor</source>
        <translation>INT8 Tensor</translation>
    </message>
    <message>
        <source>FP8 tensor</source>
        <translation>FP8 Tensor</translation>
    </message>
    <message>
        <source>FP4 tensor</source>
        <translation>FP4 Tensor</translation>
    </message>
    <message>
        <source>at this context the KV-cache reads keep
decode below the ridge at any batch</source>
        <translation>à ce contexte, les lectures du cache KV
laissent le décodage sous le coude quel que soit le lot</translation>
    </message>
    <message>
        <source>decode reaches the ridge at batch %1</source>
        <translation>le décodage atteint le coude à un lot de %1</translation>
    </message>
    <message>
        <source>ridge %1 FLOP/B</source>
        <translation>coude %1 FLOP/o</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>décodage</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>pré-remplissage</translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>400 MiB of CUDA context and cuBLAS handle (not in llama.cpp&apos;s logged buffers) plus the 1,024 MiB that llama.cpp&apos;s automatic fit keeps free on each GPU by default (--fit-target), so a run that fits leaves room for the display and other programs</source>
        <extracomment>CUDA context with lazy module loading and the cuBLAS handle, beyond llama.cpp&apos;s own buffers what llama.cpp&apos;s automatic fitting keeps free on every GPU by default (``--fit-target``, &quot;target margin per device ... default: 1024&quot; MiB; ggml-org/llama.cpp #16653, #18390)</extracomment>
        <translation>400 Mio pour le contexte CUDA et le handle cuBLAS (absents des tampons journalisés par llama.cpp), plus les 1&#x202f;024 Mio que l&apos;ajustement automatique de llama.cpp laisse libres par défaut sur chaque GPU (--fit-target)&#xa0;: une exécution qui tient laisse ainsi de la place à l&apos;affichage et aux autres programmes</translation>
    </message>
    <message>
        <source>CUDA context, cuBLAS/cuDNN workspaces and the caching allocator&apos;s fragmentation: PyTorch processes typically hold 0.7-1.5 GiB beyond tensors; 1 GiB assumed</source>
        <translation>Contexte CUDA, espaces de travail cuBLAS/cuDNN et fragmentation de l&apos;allocateur à cache&#xa0;: les processus PyTorch occupent en général 0,7 à 1,5 Gio en plus des tenseurs&#x202f;; 1 Gio supposé</translation>
    </message>
</context>
<context>
    <name>SavedModels</name>
    <message numerus="yes">
        <source>%n model(s) in this file have the same name as one of yours. Replace yours? (No: keep yours and skip those.)</source>
        <translation>
            <numerusform>%n modèle de ce fichier porte le même nom que l&apos;un des vôtres. Remplacer le vôtre&#x202f;? (Non&#xa0;: garder le vôtre et ignorer celui-ci.)</numerusform>
            <numerusform>%n modèles de ce fichier portent le même nom que certains des vôtres. Remplacer les vôtres&#x202f;? (Non&#xa0;: garder les vôtres et ignorer ceux-ci.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) imported into your saved models.</source>
        <translation>
            <numerusform>%n modèle importé dans vos modèles enregistrés.</numerusform>
            <numerusform>%n modèles importés dans vos modèles enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name of the model in your list (“My saved models”):</source>
        <translation>Nom du modèle dans votre liste («&#xa0;Mes modèles enregistrés&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>Save as my model</source>
        <translation>Enregistrer dans mes modèles</translation>
    </message>
    <message>
        <source>Type a name for the model.</source>
        <translation>Saisissez un nom pour le modèle.</translation>
    </message>
    <message>
        <source>A name is at most 200 characters, without line breaks or control characters.</source>
        <translation>Un nom compte au plus 200 caractères, sans saut de ligne ni caractère de contrôle.</translation>
    </message>
    <message>
        <source>My %1</source>
        <translation>Mon %1</translation>
    </message>
    <message>
        <source>A model named “%1” is already in your list. Replace it?</source>
        <translation>Un modèle nommé «&#xa0;%1&#xa0;» figure déjà dans votre liste. Le remplacer&#x202f;?</translation>
    </message>
    <message>
        <source>“%1” is in your saved models.</source>
        <translation>«&#xa0;%1&#xa0;» figure dans vos modèles enregistrés.</translation>
    </message>
    <message>
        <source>Delete my model</source>
        <translation>Supprimer mon modèle</translation>
    </message>
    <message>
        <source>Delete “%1” from your saved models? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de vos modèles enregistrés&#x202f;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>“%1” was deleted from your saved models.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé de vos modèles enregistrés.</translation>
    </message>
    <message>
        <source>Import custom models</source>
        <translation>Importer des modèles personnalisés</translation>
    </message>
    <message>
        <source>gpuscope custom models (*.json);;All files (*)</source>
        <translation>Modèles personnalisés gpuscope (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import these models</source>
        <translation>Impossible d&apos;importer ces modèles</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>not an INI file: a section header is not closed</source>
        <extracomment>Larger than any settings file gpuscope writes (a few KiB): not read, set aside.</extracomment>
        <translation>ce n&apos;est pas un fichier INI&#xa0;: un en-tête de section n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>binary data, not the text of a settings file</source>
        <translation>des données binaires, pas le texte d&apos;un fichier de réglages</translation>
    </message>
    <message>
        <source>far larger than a settings file can be</source>
        <translation>bien plus gros qu&apos;un fichier de réglages ne peut l&apos;être</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>Snapshot file {path}: {problem}</source>
        <translation>Fichier d&apos;instantané {path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Snapshot file {path} does not exist.</source>
        <translation>Le fichier d&apos;instantané {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Snapshot file {path} is not a file.</source>
        <translation>Le fichier d&apos;instantané {path} n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot read snapshot file {path}: {detail}.</source>
        <translation>Impossible de lire le fichier d&apos;instantané {path}&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>the file is {size}; a snapshot may be at most {limit}.</source>
        <translation>le fichier fait {size}&#x202f;; un instantané ne peut pas dépasser {limit}.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text.</source>
        <translation>le fichier n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>not valid JSON ({detail} at line {line}, column {column}).</source>
        <translation>JSON invalide ({detail} à la ligne {line}, colonne {column}).</translation>
    </message>
    <message>
        <source>the top level must be a JSON object.</source>
        <translation>le niveau supérieur doit être un objet JSON.</translation>
    </message>
    <message>
        <source>a number in the file has thousands of digits.</source>
        <translation>un nombre du fichier compte des milliers de chiffres.</translation>
    </message>
    <message>
        <source>not a gpuscope snapshot (&quot;format&quot; is {found}, expected &quot;gpuscope-snapshot&quot;).</source>
        <translation>pas un instantané gpuscope (&quot;format&quot; vaut {found} au lieu de &quot;gpuscope-snapshot&quot;).</translation>
    </message>
    <message>
        <source>format version {version} is newer than this gpuscope reads (version 1).</source>
        <translation>la version de format {version} est plus récente que celle que lit ce gpuscope (version 1).</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be the integer 1, not {found}.</source>
        <translation>&quot;version&quot; doit être l&apos;entier 1, pas {found}.</translation>
    </message>
    <message>
        <source>{field} must be {expected}, not {found}.</source>
        <translation>{field} doit être {expected}, pas {found}.</translation>
    </message>
    <message>
        <source>{field} = {value} is outside the plausible range {low} to {high}.</source>
        <translation>{field} = {value} est hors de la plage plausible de {low} à {high}.</translation>
    </message>
    <message>
        <source>the required field {field} is missing.</source>
        <translation>le champ obligatoire {field} est absent.</translation>
    </message>
    <message>
        <source>the field {field} is empty.</source>
        <translation>le champ {field} est vide.</translation>
    </message>
    <message>
        <source>device index {index} appears twice in &quot;devices&quot;.</source>
        <translation>l&apos;indice de périphérique {index} apparaît deux fois dans &quot;devices&quot;.</translation>
    </message>
    <message>
        <source>{field} refers to device {index}, which is not in &quot;devices&quot;.</source>
        <translation>{field} renvoie au périphérique {index}, absent de &quot;devices&quot;.</translation>
    </message>
    <message>
        <source>{field} is larger than memory_total_bytes.</source>
        <translation>{field} dépasse memory_total_bytes.</translation>
    </message>
    <message>
        <source>{field} must be a date and time like 2024-06-02T01:20:18Z, not {found}.</source>
        <translation>{field} doit être une date et une heure comme 2024-06-02T01:20:18Z, pas {found}.</translation>
    </message>
    <message>
        <source>{field} must be a 16-bit PCI device ID like &quot;0x2684&quot;.</source>
        <translation>{field} doit être un identifiant de périphérique PCI sur 16 bits comme &quot;0x2684&quot;.</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>[major, minor]</source>
        <translation>[majeur, mineur]</translation>
    </message>
    <message>
        <source>Cannot write snapshot file {path}: {detail}.</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;instantané {path}&#xa0;: {detail}.</translation>
    </message>
</context>
<context>
    <name>SnapshotCli</name>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n telemetry sample(s)</source>
        <translation>
            <numerusform>%n échantillon de télémétrie</numerusform>
            <numerusform>%n échantillons de télémétrie</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {gpus} and {samples} to {path}.</source>
        <translation>{gpus} et {samples} enregistrés dans {path}.</translation>
    </message>
    <message>
        <source>Nothing saved: {reason}</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nothing saved: no NVIDIA GPU was found.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: aucun GPU NVIDIA trouvé.</translation>
    </message>
    <message>
        <source>{path} already exists; add --force to replace it.</source>
        <translation>{path} existe déjà&#x202f;; ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>--trace must be more than 0 and at most {limit} seconds.</source>
        <translation>--trace doit être supérieur à 0 et d&apos;au plus {limit} secondes.</translation>
    </message>
    <message>
        <source>--rate must be a number of samples per second above 0.</source>
        <translation>--rate doit être un nombre d&apos;échantillons par seconde supérieur à 0.</translation>
    </message>
    <message>
        <source>NVML refreshes at most {limit} times a second: recording at that rate.</source>
        <translation>NVML se rafraîchit au plus {limit} fois par seconde&#xa0;: enregistrement à cette cadence.</translation>
    </message>
    <message>
        <source>Recording {duration} of telemetry ({rate} per second); Ctrl+C stops early.</source>
        <translation>Enregistrement de {duration} de télémétrie ({rate} par seconde)&#x202f;; Ctrl+C pour arrêter avant la fin.</translation>
    </message>
    <message>
        <source>Stopped early; saving what was recorded.</source>
        <translation>Arrêt anticipé&#x202f;; enregistrement de ce qui a été capturé.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Snapshot of {host}, taken {captured_at}</source>
        <translation>Instantané de {host}, pris le {captured_at}</translation>
    </message>
    <message>
        <source>NVIDIA driver {driver}, CUDA {cuda}</source>
        <translation>Pilote NVIDIA {driver}, CUDA {cuda}</translation>
    </message>
    <message>
        <source>GPU {index}: {name} ({brand}, PCI ID {pci}, compute capability {cc})</source>
        <translation>GPU {index}&#xa0;: {name} ({brand}, ID PCI {pci}, capacité de calcul {cc})</translation>
    </message>
    <message>
        <source>  CUDA cores {cores}; max clocks: SM {sm}, memory {mem}; memory bus {bus} bit</source>
        <translation>  cœurs CUDA {cores}&#x202f;; fréquences max.&#xa0;: SM {sm}, mémoire {mem}&#x202f;; bus mémoire {bus} bits</translation>
    </message>
    <message>
        <source>  memory {total} total, {used} used; power limit {power}; MIG {mig}</source>
        <translation>  mémoire {total} au total, {used} utilisés&#x202f;; limite de puissance {power}&#x202f;; MIG {mig}</translation>
    </message>
    <message numerus="yes">
        <source>on (%n instance(s))</source>
        <translation>
            <numerusform>activé (%n instance)</numerusform>
            <numerusform>activé (%n instances)</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>    {name}: {total} total, {used} used</source>
        <translation>    {name}&#xa0;: {total} au total, {used} utilisés</translation>
    </message>
    <message>
        <source>  not available: {field} ({reason})</source>
        <translation>  non disponible&#xa0;: {field} ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>Telemetry: %n sample(s) over {duration}</source>
        <translation>
            <numerusform>Télémétrie&#xa0;: %n échantillon sur {duration}</numerusform>
            <numerusform>Télémétrie&#xa0;: %n échantillons sur {duration}</numerusform>
        </translation>
    </message>
    <message>
        <source>Telemetry: none recorded</source>
        <translation>Télémétrie&#xa0;: aucune donnée enregistrée</translation>
    </message>
    <message>
        <source>  GPU {index}: utilization {util}, power {power}, temperature {temp}, SM clock {clock}</source>
        <translation>  GPU {index}&#xa0;: utilisation {util}, puissance {power}, température {temp}, fréquence SM {clock}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message numerus="yes">
        <source>Live data from %n NVIDIA GPU(s), driver {driver}.</source>
        <translation>
            <numerusform>Données en direct de %n GPU NVIDIA, pilote {driver}.</numerusform>
            <numerusform>Données en direct de %n GPU NVIDIA, pilote {driver}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot of {host} taken {captured_at}, driver {driver} ({path}).</source>
        <translation>Instantané de {host} pris le {captured_at}, pilote {driver} ({path}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>Speed</name>
    <message>
        <source>unknown: the GPU&apos;s memory bandwidth is unknown ({reason}); set it as a GPU override to estimate speed</source>
        <translation>inconnue&#xa0;: la bande passante mémoire du GPU est inconnue ({reason})&#x202f;; saisissez-la comme valeur personnalisée du GPU pour estimer la vitesse</translation>
    </message>
    <message>
        <source>unknown: the GPU&apos;s compute peaks are unknown ({reason}); set them as GPU overrides to estimate compute-bound speed</source>
        <translation>inconnue&#xa0;: les pics de calcul du GPU sont inconnus ({reason})&#x202f;; saisissez-les comme valeurs personnalisées du GPU pour estimer la vitesse limitée par le calcul</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
</context>
<context>
    <name>SpeedPlot</name>
    <message>
        <source>Decode (generation) speed</source>
        <translation>Vitesse de décodage (génération)</translation>
    </message>
    <message>
        <source>Tokens already in context</source>
        <translation>Jetons déjà dans le contexte</translation>
    </message>
    <message>
        <source>tokens/s per sequence</source>
        <translation>jetons/s par séquence</translation>
    </message>
    <message>
        <source>Prefill (prompt processing) speed</source>
        <translation>Vitesse de pré-remplissage (traitement de l&apos;invite)</translation>
    </message>
    <message>
        <source>Prompt length (tokens)</source>
        <translation>Longueur de l&apos;invite (jetons)</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>jetons/s</translation>
    </message>
    <message>
        <source>Speed %1</source>
        <translation>Vitesse %1</translation>
    </message>
    <message>
        <source>Not a text generator: see samples/s</source>
        <translation>Pas un générateur de texte&#xa0;: voir échantillons/s</translation>
    </message>
    <message>
        <source>Does not fit: these speeds assume it did. &apos;How to run it&apos; shows the speed with part of the model in system RAM.</source>
        <translation>Ne tient pas&#xa0;: ces vitesses supposent que le modèle tienne. «&#xa0;Comment l&apos;exécuter&#xa0;» donne la vitesse avec une partie du modèle en mémoire système.</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>No fresh data for {duration} ({reason}).</source>
        <translation>Aucune donnée récente depuis {duration} ({reason}).</translation>
    </message>
    <message>
        <source>GPU lost {duration} ago; gpuscope keeps trying.</source>
        <translation>GPU perdu il y a {duration}&#x202f;; gpuscope continue d&apos;essayer.</translation>
    </message>
</context>
<context>
    <name>TelemetryPlot</name>
    <message>
        <source>VRAM used (%1)</source>
        <translation>Mémoire vidéo utilisée (%1)</translation>
    </message>
    <message>
        <source>GPU utilisation (%)</source>
        <translation>Utilisation du GPU (%)</translation>
    </message>
    <message>
        <source>Power (%1)</source>
        <translation>Puissance (%1)</translation>
    </message>
    <message>
        <source>Temperature (%1)</source>
        <translation>Température (%1)</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>il y a (secondes)</translation>
    </message>
    <message>
        <source>this model + other programs</source>
        <translation>ce modèle + autres programmes</translation>
    </message>
    <message>
        <source>Total VRAM</source>
        <translation>VRAM totale</translation>
    </message>
    <message>
        <source>No live data: detect a GPU or load a snapshot with a trace</source>
        <translation>Pas de données&#xa0;: détectez un GPU ou chargez une trace</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>B</source>
        <translation>o</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>Tio</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>Mo/s</translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation>Go/s</translation>
    </message>
    <message>
        <source>TB/s</source>
        <translation>To/s</translation>
    </message>
    <message>
        <source>MFLOP</source>
        <translation>MFLOP</translation>
    </message>
    <message>
        <source>GFLOP</source>
        <translation>GFLOP</translation>
    </message>
    <message>
        <source>TFLOP</source>
        <translation>TFLOP</translation>
    </message>
    <message>
        <source>PFLOP</source>
        <translation>PFLOP</translation>
    </message>
    <message>
        <source>GFLOPS</source>
        <translation>GFLOPS</translation>
    </message>
    <message>
        <source>TFLOPS</source>
        <translation>TFLOPS</translation>
    </message>
    <message>
        <source>GOPS</source>
        <translation>GOPS</translation>
    </message>
    <message>
        <source>TOPS</source>
        <translation>TOPS</translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation>jetons/s</translation>
    </message>
    <message>
        <source>img/s</source>
        <translation>img/s</translation>
    </message>
    <message>
        <source>samples/s</source>
        <translation>éch./s</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>bits/weight</source>
        <translation>bits/poids</translation>
    </message>
</context>
<context>
    <name>UserData</name>
    <message>
        <source>Cannot save {path}: {detail}.</source>
        <extracomment>A user file larger than this is not one gpuscope wrote: it is set aside, not parsed. Temporary files of a killed writer older than this are removed when the file is next read.</extracomment>
        <translation>Impossible d&apos;enregistrer {path}&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>{path} was damaged ({problem}). It was kept as {backup}; gpuscope started with defaults.</source>
        <translation>{path} était endommagé ({problem}). Il a été conservé sous {backup}&#x202f;; gpuscope a démarré avec les valeurs par défaut.</translation>
    </message>
    <message>
        <source>Cannot read {path} ({detail}); gpuscope started with defaults.</source>
        <translation>Impossible de lire {path} ({detail})&#x202f;; gpuscope a démarré avec les valeurs par défaut.</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: {detail} at line {line}</source>
        <translation>JSON invalide&#xa0;: {detail} à la ligne {line}</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <source>a number with thousands of digits</source>
        <translation>un nombre de plusieurs milliers de chiffres</translation>
    </message>
    <message>
        <source>{size}, more than a user file can be</source>
        <translation>{size}, plus qu&apos;un fichier utilisateur ne peut en faire</translation>
    </message>
    <message>
        <source>{problem} “{name}” stays in your list until gpuscope closes.</source>
        <translation>{problem} «&#xa0;{name}&#xa0;» reste dans votre liste jusqu&apos;à la fermeture de gpuscope.</translation>
    </message>
    <message>
        <source>{problem} Your list of saved models stays as it is until gpuscope closes.</source>
        <translation>{problem} Votre liste de modèles enregistrés reste telle quelle jusqu&apos;à la fermeture de gpuscope.</translation>
    </message>
    <message>
        <source>{problem} Your GPU override is used until gpuscope closes.</source>
        <translation>{problem} Votre valeur personnalisée de GPU reste utilisée jusqu&apos;à la fermeture de gpuscope.</translation>
    </message>
    <message>
        <source>This GPU reports no UUID, so gpuscope cannot recognise it next time: your override is used until gpuscope closes, not saved.</source>
        <translation>Ce GPU n&apos;indique pas d&apos;UUID, gpuscope ne pourra donc pas le reconnaître la prochaine fois&#xa0;: votre valeur est utilisée jusqu&apos;à la fermeture de gpuscope, sans être enregistrée.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} must be between {low} and {high}.</source>
        <translation>{field}&#xa0;: la valeur doit être comprise entre {low} et {high}.</translation>
    </message>
    <message>
        <source>A CNN needs 1 to {high} layer ops.</source>
        <translation>Un CNN a besoin de 1 à {high} opérations de couche.</translation>
    </message>
    <message>
        <source>A CNN has at most {high} layers once repeats are counted.</source>
        <translation>Un CNN a au plus {high} couches, répétitions comprises.</translation>
    </message>
    <message>
        <source>CNN layer {layer} is not an object with a known op (conv, bn, act, maxpool, avgpool, adaptive_avgpool, gap, flatten, fc, bottleneck, mbconv).</source>
        <translation>La couche {layer} du CNN n&apos;est pas un objet avec une opération connue (conv, bn, act, maxpool, avgpool, adaptive_avgpool, gap, flatten, fc, bottleneck, mbconv).</translation>
    </message>
    <message>
        <source>CNN layer {layer}: {field} must be {expected}.</source>
        <translation>Couche {layer} du CNN&#xa0;: {field} doit être {expected}.</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>text of at most 64 characters</source>
        <translation>un texte d&apos;au plus 64 caractères</translation>
    </message>
    <message>
        <source>“same” or a whole number from 0 to {high}</source>
        <translation>«&#xa0;same&#xa0;» ou un nombre entier de 0 à {high}</translation>
    </message>
    <message>
        <source>“depthwise” or a whole number from 1 to {high}</source>
        <translation>«&#xa0;depthwise&#xa0;» ou un nombre entier de 1 à {high}</translation>
    </message>
    <message>
        <source>a number from 0 to 1</source>
        <translation>un nombre de 0 à 1</translation>
    </message>
    <message>
        <source>An MLP needs 2 to {high} widths: the input, any hidden layers, the output.</source>
        <translation>Un MLP a besoin de 2 à {high} largeurs&#xa0;: l&apos;entrée, les couches cachées éventuelles, la sortie.</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number: separate the widths with commas, without spaces inside a number.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre entier&#xa0;: séparez les largeurs par des virgules, sans espace dans un nombre.</translation>
    </message>
    <message>
        <source>Attention heads ({heads}) must be a multiple of KV heads ({kv}): each KV head serves a group of query heads.</source>
        <translation>Le nombre de têtes d&apos;attention ({heads}) doit être un multiple du nombre de têtes KV ({kv})&#xa0;: chaque tête KV sert un groupe de têtes de requête.</translation>
    </message>
    <message>
        <source>Active experts ({active}) cannot exceed experts ({experts}).</source>
        <translation>Les experts actifs ({active}) ne peuvent pas être plus nombreux que les experts ({experts}).</translation>
    </message>
    <message>
        <source>A mixture-of-experts model needs at least one active expert.</source>
        <translation>Un modèle à mélange d&apos;experts demande au moins un expert actif.</translation>
    </message>
    <message>
        <source>Sliding-window layers ({swa}) cannot exceed layers ({layers}).</source>
        <translation>Les couches à fenêtre glissante ({swa}) ne peuvent pas être plus nombreuses que les couches ({layers}).</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Fits — {needed} of {available} ({percent}), {left} free after loading</source>
        <translation>Tient — {needed} sur {available} ({percent}), {left} libres après chargement</translation>
    </message>
    <message>
        <source>{verdict}; largest context that fits: {max_context}</source>
        <translation>{verdict}&#x202f;; plus grand contexte qui tient&#xa0;: {max_context}</translation>
    </message>
    <message>
        <source>Fits an idle GPU — needs {needed} of {available}, but only {free} is free now</source>
        <translation>Tient sur un GPU inactif — il faut {needed} sur {available}, mais seuls {free} sont libres maintenant</translation>
    </message>
    <message>
        <source>Does not fit — needs {needed}, {available} available</source>
        <translation>Ne tient pas — il faut {needed}, {available} disponibles</translation>
    </message>
    <message>
        <source>VRAM unknown ({reason}) — needs {needed}; set the GPU&apos;s memory as an override to know whether it fits</source>
        <translation>VRAM inconnue ({reason}) — il faut {needed}&#x202f;; saisissez la mémoire du GPU comme valeur personnalisée pour savoir si le modèle tient</translation>
    </message>
    <message>
        <source>{verdict}: {hints}</source>
        <translation>{verdict}&#xa0;: {hints}</translation>
    </message>
    <message>
        <source>{quant} fits at this context</source>
        <translation>{quant} tient à ce contexte</translation>
    </message>
    <message>
        <source>{n} × GPU</source>
        <translation>{n} × GPU</translation>
    </message>
    <message>
        <source>{k} of {n} layers on the GPU</source>
        <translation>{k} des {n} couches sur le GPU</translation>
    </message>
    <message>
        <source>context {context} fits</source>
        <translation>un contexte de {context} tient</translation>
    </message>
    <message>
        <source>{first}, or {second}</source>
        <translation>{first}, ou {second}</translation>
    </message>
    <message numerus="yes">
        <source>needs %n GPUs like this one</source>
        <translation>
            <numerusform>il faut %n GPU comme celui-ci</numerusform>
            <numerusform>il faut %n GPU comme celui-ci</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VramBar</name>
    <message>
        <source>Total unknown · this model %1 · whether it fits is unknown</source>
        <translation>Total inconnu · ce modèle %1 · impossible de dire s&apos;il tient</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>used by other programs %1</source>
        <translation>autres programmes %1</translation>
    </message>
    <message>
        <source>this model %1</source>
        <translation>ce modèle %1</translation>
    </message>
    <message>
        <source>free after loading %1</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>short by %1</source>
        <translation>manque %1</translation>
    </message>
</context>
</TS>
